"""Alert rule messages marked for translation (context "AlertRules").

Generated from resources/alert_rules.json; a test checks it matches the file.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = (
    QT_TRANSLATE_NOOP("AlertRules", "You logged {value} while on chemotherapy. A raised temperature during chemotherapy can be an infection that needs checking the same day."),
    QT_TRANSLATE_NOOP("AlertRules", "You logged {value}. Tell your team about a raised temperature; call them today if it lasts or you feel unwell."),
    QT_TRANSLATE_NOOP("AlertRules", "You rated {symptom} as {rating}. This is a symptom your team wants to hear about straight away."),
    QT_TRANSLATE_NOOP("AlertRules", "You rated {symptom} as {rating}. Let your team know soon; there is often help for this, so you need not wait for your next visit if it is hard to cope with."),
    QT_TRANSLATE_NOOP("AlertRules", "{symptom} has got worse {count} times in a row in your diary. Mention this to your team."),
    QT_TRANSLATE_NOOP("AlertRules", "You logged {symptom}, which is new for you. New weakness or numbness in the legs, or new confusion, should be checked by your team without delay."),
    QT_TRANSLATE_NOOP("AlertRules", "You logged {symptom}, which is new for you. New symptoms like this are worth telling your team about; contact them sooner if it gets worse."),
)
