package id.netra.intake.cases;

import java.util.Locale;

import id.netra.kit.problem.Messages;

/** A case's status in plain words, for staff and for the reporter alike. */
public final class StatusText {

    private StatusText() {
    }

    /**
     * A forwarded case names its receiver, since that is where the reporter must turn next; the receiver is a code and
     * a region code, so the words stay free of anyone's personal data and of the reviewer's note.
     */
    public static String of(CaseFile caseFile, Locale locale) {
        if (caseFile.status == CaseStatus.DITERUSKAN && caseFile.forwardTarget != null) {
            return Messages.text(locale, "status.DITERUSKAN." + caseFile.forwardTarget, caseFile.forwardRegionCode);
        }
        return Messages.text(locale, "status." + caseFile.status.name());
    }
}
