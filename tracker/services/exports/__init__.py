"""Plain exports (JSON, CSV, FHIR): files that leave the encryption, only when asked.

Every exporter writes atomically with owner-only permissions. Callers must warn that the
result is not encrypted (`NOT_ENCRYPTED_WARNING`): the UI asks first, the CLI prints it.
"""

NOT_ENCRYPTED_WARNING = (
    "This export is not encrypted. Anyone who can open the file can read it. "
    "Keep it somewhere safe and delete it when you no longer need it."
)
