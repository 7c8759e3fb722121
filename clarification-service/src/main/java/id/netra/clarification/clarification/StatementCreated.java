package id.netra.clarification.clarification;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a recorded statement: its id. */
@Schema(name = "StatementCreated")
public record StatementCreated(@Schema(example = "01928c3e-7a1b-7c2d-8e3f-4a5b6c7d8e9f") UUID id) {
}
