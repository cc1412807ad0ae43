"""Plan use cases: lines of treatment, their drugs and schedules, the team's adjustments.

Cross-feature contract (docs/ARCHITECTURE.md): `current_drug_ids`, `on_chemotherapy`,
`therapy_lines` and `LineSummary`.
"""

from tracker.services.plan.cycles import PlannedDose, cycle_position, planned
from tracker.services.plan.edits import (
    CORRECT,
    FROM_NOW_ON,
    add_adjustment,
    add_line,
    add_regimen_drug,
    delete_line,
    delete_regimen_drug,
    edit_line,
    edit_regimen_drug,
    end_line,
    remove_adjustment,
    undo_split,
)
from tracker.services.plan.queries import (
    current_drug_ids,
    on_chemotherapy,
    regimen_drug,
    scheduled_drugs,
    therapy_lines,
)
from tracker.services.plan.types import (
    ADJUSTMENT_KINDS,
    END_REASONS,
    AdjustmentInfo,
    LineSummary,
    RegimenDrugInfo,
    ScheduledDrug,
)

__all__ = [
    "ADJUSTMENT_KINDS", "AdjustmentInfo", "CORRECT", "END_REASONS", "FROM_NOW_ON", "LineSummary",
    "PlannedDose", "RegimenDrugInfo", "ScheduledDrug", "add_adjustment", "add_line", "add_regimen_drug",
    "current_drug_ids", "cycle_position", "delete_line", "delete_regimen_drug", "edit_line",
    "edit_regimen_drug", "end_line", "on_chemotherapy", "planned", "regimen_drug", "remove_adjustment",
    "scheduled_drugs", "therapy_lines", "undo_split",
]
