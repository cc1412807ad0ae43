"""Treatment Journey: an encrypted diary for people living with metastatic breast cancer."""

__version__ = "0.1.0"
APP_NAME = "Treatment Journey"
APP_ID = "org.treatmentjourney.TreatmentJourney"
