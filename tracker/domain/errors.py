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


class PasswordStoreUnreachable(KnownError):
    message = "The computer's password store could not be reached."


class NoSecurePasswordStore(KnownError):
    """Why "Remember on this computer" is unavailable (its message is the reason shown)."""

    message = "This computer has no secure password store (keyring) that the app can use."


class OldCopiesNotRelocked(KnownError):
    message = (
        "Your journal now has its new keys, but some older copies in its folder could not be re-locked: the "
        "computer could not write there (the disk may be full). They still open with the old passphrase and "
        "recovery key: delete them from the backups folder, or use New keys again once there is room."
    )


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


# -- the shared (sync) folder ------------------------------------------------------------


class SyncFolderMissing(KnownError):
    message = (
        "The shared folder could not be found. If it is on a USB stick or a network drive, connect it "
        "and try again. Nothing was changed."
    )


class NotASharedJournal(KnownError):
    message = "That folder does not hold a journal shared by Treatment Journey. Choose the folder you picked when sharing."


class KeysFileTampered(KnownError):
    message = (
        "The shared folder's key list was changed by something other than Treatment Journey, so it was not used. "
        "Nothing was changed. Ask the person who shared the journal to check the shared folder."
    )
    exit_code = 4


class KeysFileDamaged(KnownError):
    message = (
        "The shared folder's key list is damaged or was made by a newer version of Treatment Journey, "
        "so the shared journal cannot be opened from it. Nothing was changed."
    )
    exit_code = 4


class RemovedFromSharedJournal(KnownError):
    message = (
        "You were removed from this shared journal, so new changes from the other computers can no longer be "
        "opened here. Everything already on this computer is still here."
    )


class BundleRejected(KnownError):
    """A change file or snapshot in the shared folder that must not be applied.

    The message names only the file's name (computer id and number, never content). The class
    `message` is the source text with a `{file_name}` field (so the translation tools collect
    it); `template` keeps it on the instance, for showing it translated and then filled in.
    """

    message = (
        "The file {file_name} in the shared folder could not be read: it is damaged, cut short, or does not "
        "belong to this journal. It was not applied and your journal was not changed."
    )
    exit_code = 4

    def __init__(self, file_name: str, *, detail: str | None = None) -> None:
        self.template = type(self).message
        self.file_name = file_name
        super().__init__(self.template.format(file_name=file_name), detail=detail)


class BundleFromNewerKey(BundleRejected):
    """Made with a key (epoch) newer than this computer holds: re-read the key list, then try again."""

    message = (
        "The file {file_name} in the shared folder was made with a newer key than this computer has. "
        "It was not applied and your journal was not changed."
    )


class BundleWithOldKey(BundleRejected):
    """Written with a key that a person's removal replaced, by a computer that must not use it any
    more: the removed person's computer, or one that had already moved to the newer key."""

    message = (
        "The file {file_name} in the shared folder was written with the key from before a person was removed "
        "from the shared journal. It was not applied and your journal was not changed."
    )


class SyncIdentityClash(KnownError):
    message = (
        "Another copy of this journal is writing to the shared folder under this computer's name, so nothing "
        "was written there and nothing was overwritten. Stop sharing on the copied journal, or join the "
        "shared journal again on this computer."
    )
    exit_code = 4


class JournalNotShared(KnownError):
    message = "This journal is not shared with another computer. Share it first: Settings, then Sharing."


class JournalAlreadyShared(KnownError):
    message = (
        "This journal is already shared through a folder. To use another folder, stop sharing on this "
        "computer first."
    )


class SyncChangesRefused(KnownError):
    """Changes from another computer (a bundle or snapshot payload) that cannot be applied."""

    message = ("Changes from another computer could not be applied: they are damaged or hold something this "
               "app does not accept. Nothing was changed.")
