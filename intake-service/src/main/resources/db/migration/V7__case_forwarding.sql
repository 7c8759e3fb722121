-- A late report is not registered, but ASN discipline is no complaint offence: the reviewer may pass its facts on to
-- the employing region's Inspektorat or PPK, or to BKN (status DITERUSKAN). Once per case, so plain columns suffice.
ALTER TABLE case_file
    ADD COLUMN forward_target       text,
    ADD COLUMN forward_region_code  text,
    ADD COLUMN forward_note         text,
    ADD COLUMN forwarded_by         text,
    ADD COLUMN forwarded_at         timestamptz;

ALTER TABLE case_file ADD CONSTRAINT case_file_forward_target
    CHECK (forward_target IS NULL OR forward_target IN ('INSPEKTORAT', 'PPK', 'BKN'));
-- BKN is national; an Inspektorat or PPK belongs to a region
ALTER TABLE case_file ADD CONSTRAINT case_file_forward_region
    CHECK (forward_target IS NULL OR (forward_target = 'BKN') = (forward_region_code IS NULL));
