"""The one family of expected errors.

Every error a user can cause or meet (a wrong passphrase, a damaged file, a full disk, an
impossible value) is a KnownError with a plain message for people. Anything else that
escapes is a bug and goes to the bug-report dialog, which never shows diary content.

Messages are English source strings; the UI passes `message` through Qt's translator
(context "KnownError") before showing it, so keep them literal and complete sentences.
"""

from __future__ import annotations


class KnownError(Exception):
    """An expected problem with a message fit to show a patient."""

    #: Default message when none is given; subclasses override.
    message: str = "Something went wrong."
    #: Exit code for the command line (0 done, 2 usage, 3 wrong passphrase, 4 damaged,
    #: 5 the journal is open elsewhere).
    exit_code: int = 1

    def __init__(self, message: str | None = None, *, detail: str | None = None) -> None:
        if message is not None:
            self.message = message
        #: Extra technical detail for support; must never contain diary content.
        self.detail = detail
        super().__init__(self.message)


class WrongPassphrase(KnownError):
    message = "That passphrase does not open this journal. Nothing was changed. Check Caps Lock and try again."
    exit_code = 3


class WrongRecoveryKey(KnownError):
    message = "That recovery key does not open this journal. Check each group of letters and try again."
    exit_code = 3


class JournalDamaged(KnownError):
    message = (
        "This journal file is damaged and cannot be opened. Your passphrase was right. "
        "You can restore the newest backup."
    )
    exit_code = 4


class KeyFileMissing(KnownError):
    message = (
        "The key file that goes with this journal is missing. If you have a backup, restore it; "
        "the key file is inside every backup."
    )
    exit_code = 4


class KeyFileDamaged(KnownError):
    message = (
        "The key file that goes with this journal is damaged and its spare copy could not be used. "
        "Restore the newest backup to get it back."
    )
    exit_code = 4


class JournalTooNew(KnownError):
    message = (
        "This journal was saved by a newer version of Treatment Journey. "
        "Please update the app to open it. The journal was not changed."
    )
    exit_code = 4


class DiskFull(KnownError):
    message = "The disk is full, so this could not be saved. Free some space and try again. Nothing already saved was lost."


class FolderNotWritable(KnownError):
    message = "Treatment Journey cannot write to its folder. Check the folder's permissions or choose another folder."


class JournalNotFound(KnownError):
    message = "No journal with that name was found in this folder."
    exit_code = 2


class JournalInUse(KnownError):
    message = (
        "This journal is open in Treatment Journey (or in another tracker command). Close or lock it "
        "there and try again. Nothing was changed."
    )
    exit_code = 5


class JournalLocked(KnownError):
    message = "The journal is locked. Unlock it to continue."


class ValidationError(KnownError):
    """A value a person typed is impossible; `field` names the form field it belongs to."""

    message = "That value is not possible."

    def __init__(self, message: str | None = None, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class ImportRejected(KnownError):
    message = "That file could not be imported. Nothing was changed."
    exit_code = 4


class BackupRejected(KnownError):
    message = "That backup file is damaged or not a Treatment Journey backup. Your current journal was not changed."
    exit_code = 4


class OperationCancelled(KnownError):
    message = "Cancelled. Nothing was changed."


class SyncChangesRefused(KnownError):
    """Changes from another computer (a bundle or snapshot payload) that cannot be applied."""

    message = ("Changes from another computer could not be applied: they are damaged or hold something this "
               "app does not accept. Nothing was changed.")
