"""The clinic summary's content, without Qt: HTML for QTextDocument plus chart PNGs.

`build_clinic_summary(data, strings)` turns `ReportData` into a `ClinicReport`; the UI
layer's `render_pdf` paints it to a paged PDF (header, footer, page numbers). The HTML
keeps to QTextDocument's subset: headings, paragraphs, tables, images with explicit sizes.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from tracker.services.charts import dose_chart, lab_chart, measurement_chart, symptom_chart
from tracker.services.charts.text import LAB_GROUPS, chart_summary
from tracker.services.reports import facts
from tracker.services.reports.data import MIN_CHART_DAYS, LabSeries, ReportData
from tracker.services.reports.strings import ReportStrings

#: Width of chart images in document pixels (A4 body at 96 px/inch is about 680 px).
IMAGE_WIDTH = 660
CHART_DPI = 150

ProgressFn = Callable[[int, int, str], None]


@dataclass
class ClinicReport:
    title: str
    html: str
    images: dict[str, bytes]  # resource name used in <img src> -> PNG bytes
    date_range: str
    page_label: str  # "Page {page} of {pages}"
    footer: str
    rtl: bool = False
    date_from: date | None = None
    date_to: date | None = None
    image_sizes: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> (width, height) px in the document


def figure_png(fig: Figure, dpi: int = CHART_DPI) -> bytes:
    buffer = io.BytesIO()
    FigureCanvasAgg(fig)
    fig.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def _table(headers: list[str], rows: list[list[str]], rtl: bool) -> str:
    align = "right" if rtl else "left"
    if rtl:  # QTextDocument does not mirror table columns itself: first column goes right.
        headers = headers[::-1]
        rows = [row[::-1] for row in rows]
    head = "".join(f'<th align="{align}" bgcolor="#E8EEF4">{escape(h)}</th>' for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    # <thead>: a table that runs onto the next page repeats its column names there.
    return (
        '<table border="1" cellspacing="0" cellpadding="4" width="100%" '
        f'style="border-collapse: collapse; border-color: #9AA5B1;"><thead><tr>{head}</tr></thead>{body}</table>'
    )


class _Builder:
    def __init__(self, data: ReportData, s: ReportStrings, progress: ProgressFn | None) -> None:
        self.data, self.s = data, s
        self.progress = progress or (lambda done, total, label: None)
        self.parts: list[str] = []
        self.images: dict[str, bytes] = {}
        self.sizes: dict[str, tuple[int, int]] = {}
        self.chart_end = data.date_to
        self.chart_start = min(data.date_from, data.date_to - timedelta(days=MIN_CHART_DAYS))

    def i(self, text: str) -> str:
        """Isolate a value (name, quantity, free text) so right-to-left pages keep its own
        order: "HER2−" and "65.2 kg" stay whole inside a Persian sentence (FSI … PDI)."""
        return f"\u2068{text}\u2069" if self.s.rtl else text

    def d(self, day: date) -> str:
        return escape(self.s.format_date(day))

    def n(self, value: int) -> str:
        """A whole number in the reader's digits (the UI passes QLocale's formatting)."""
        return self.s.format_number(value, 0)

    def h(self, text: str) -> None:
        self.parts.append(f"<h2>{escape(text)}</h2>")

    def p(self, html_text: str) -> None:
        self.parts.append(f"<p>{html_text}</p>")

    def chart(self, name: str, fig: Figure, kind: str, symptom_ids: list[str] | None = None) -> None:
        """The chart as a picture whose alternative text is the chart's one-sentence summary
        (the same sentence the Charts view shows and reads out)."""
        self.images[name] = figure_png(fig)
        w, h = fig.get_size_inches()
        height = round(IMAGE_WIDTH * h / w)
        self.sizes[name] = (IMAGE_WIDTH, height)
        summary = chart_summary(self.data.charts, kind, start=self.chart_start, end=self.chart_end, labels=self.s.chart_labels,
                                symptom_ids=symptom_ids)
        alt = escape(self.s.chart_alt.format(title=summary))
        self.parts.append(f'<p align="center"><img src="{name}" width="{IMAGE_WIDTH}" height="{height}" alt="{alt}"></p>')
        # Qt's PDF writer drops `alt` (its PDFs are untagged), so the same sentence is also printed
        # under the chart: a screen reader reading the PDF's text, or a clinician, still gets it.
        caption = chart_summary(self.data.charts, kind, start=self.chart_start, end=self.chart_end, labels=self.s.chart_labels,
                                symptom_ids=symptom_ids, heading=False)
        if caption:
            self.parts.append(f'<p><small>{escape(caption)}</small></p>')

    def details(self) -> None:
        s, data = self.s, self.data
        rows = []
        if data.patient_name:
            rows.append([escape(s.name), escape(self.i(data.patient_name))])
        if data.date_of_birth:
            rows.append([escape(s.date_of_birth), self.d(data.date_of_birth)])
        rows += [[escape(label), escape(self.i(value))] for label, value in data.diagnosis]
        if rows:
            self.h(s.details)
            self.parts.append(_plain_table(rows, s.rtl))

    def plan(self) -> None:
        s, plan = self.s, self.data.plan
        self.h(s.plan)
        if plan.line_number is None:
            self.p(escape(s.no_plan))
            return
        text = f"<b>{escape(s.line.format(number=self.n(plan.line_number), name=self.i(plan.line_name or '')))}</b>"
        if plan.line_start:
            text += " " + escape(s.since.format(date=self.s.format_date(plan.line_start)))
        self.p(text)
        if plan.cycle and plan.cycle_day and plan.cycle_length:
            self.p(escape(s.cycle_position.format(cycle=self.n(plan.cycle), day=self.n(plan.cycle_day), length=self.n(plan.cycle_length))))
        if plan.drugs:
            self.p(f"{escape(s.drugs)}: " + escape(", ".join(self.i(x) for x in plan.drugs)))

    def rating(self, scale: str, value: int) -> str:
        return self.s.chart_labels.rating_name(scale, value) if scale != "severity" else self.s.rating_names[value]

    def team_changes(self) -> None:
        """Delays, holds, dose changes, breaks, and lines started or ended (with the reason)."""
        s, data = self.s, self.data
        self.h(s.team_changes.format(date=s.format_date(data.last_appointment)) if data.last_appointment else s.team_changes_no_visit)
        items = []
        for c in facts.team_changes(data):
            what, day = self.i(c.what), s.format_date(c.day)
            if c.kind == "line_started":
                text = s.change_line_started.format(number=self.n(c.line_number or 0), name=what, date=day)
            elif c.kind == "line_ended":
                reason = s.end_reasons.get(c.reason or "other", c.reason or "")
                text = s.change_line_ended_reason.format(number=self.n(c.line_number or 0), name=what, date=day, reason=reason)
            elif c.kind == "delay":
                text = s.change_delay.format(what=what, days=self.n(c.days or 0), date=day)
            elif c.kind in ("reduce", "dose_change"):
                template = s.change_reduce if c.kind == "reduce" else s.change_dose_change
                text = template.format(what=what, date=day, dose=self.i(c.dose_text or "—"))
            else:
                template = {"hold": s.change_hold, "break": s.change_break, "resume": s.change_resume}[c.kind]
                text = template.format(what=what, date=day)
            html_text = escape(text)
            if c.notes:
                html_text += "<br><i>" + escape(s.change_note.format(note=self.i(c.notes))) + "</i>"
            items.append(html_text)
        if not items:
            self.p(escape(s.no_team_changes))
            return
        self.parts.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")

    def local_treatments(self) -> None:
        """Radiotherapy courses, operations and procedures with a day in the period, each
        named with its dates (only when there is one: most periods have none)."""
        s, data = self.s, self.data
        rows = [t for t in data.charts.local_treatments if any(data.date_from <= d <= data.date_to for d in t.days)]
        if not rows:
            return
        self.h(s.local_treatments.format(date=s.format_date(data.last_appointment)) if data.last_appointment
               else s.local_treatments_no_visit)
        items = []
        for t in sorted(rows, key=lambda r: r.first_day):
            key = t.procedure_kind if t.kind == "procedure" and t.procedure_kind else t.kind
            kind, site = s.local_kinds.get(key, key), self.i(t.site)
            if len(t.days) == 1:
                text = s.local_one_day.format(kind=kind, site=site, date=s.format_date(t.first_day))
            else:
                text = s.local_course.format(kind=kind, site=site, count=self.n(len(t.days)),
                                             start=s.format_date(t.first_day), end=s.format_date(t.last_day))
            if t.dose_text:
                text += " " + s.local_dose.format(dose=self.i(t.dose_text))
            if t.aim:
                text += " " + s.local_aim.format(aim=self.i(t.aim))
            items.append(escape(text))
        self.parts.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")

    def _counts_text(self, counts: dict[str, int]) -> str:
        s = self.s
        templates = {"taken": s.count_taken, "missed": s.count_missed, "skipped": s.count_skipped,
                     "held": s.count_held, "unrecorded": s.count_unrecorded}
        return ", ".join(templates[k].format(count=self.n(v)) for k, v in counts.items() if v or k in ("taken", "unrecorded"))

    def doses(self) -> None:
        """Anti-cancer doses first, counted every way (not recorded is never 'not missed');
        the others in one line, listed in detail later."""
        s, data = self.s, self.data
        self.h(s.anti_cancer_doses)
        counts = facts.dose_counts(data, anti_cancer=True)
        total = sum(counts.values())
        if not total:
            self.p(escape(s.doses_none_planned))
        else:
            last = min(data.date_to, (data.made_on or data.date_to))
            self.p(escape(s.dose_counts.format(date=s.format_date(last), counts=self._counts_text(counts))))
            if counts["taken"] == total:
                self.p(escape(s.doses_all_taken.format(count=self.n(total))))
            if counts["unrecorded"]:
                detail = "; ".join(s.doses_not_recorded_item.format(drug=self.i(drug), count=self.n(n), start=s.format_date(a), end=s.format_date(b))
                                   for drug, n, a, b in facts.unrecorded_by_drug(data, anti_cancer=True))
                self.p("<b>" + escape(s.doses_not_recorded.format(count=self.n(counts["unrecorded"]), detail=detail)) + "</b>")
        missed = facts.doses_not_taken(data, anti_cancer=True)
        if missed:
            rows = [[self.d(x.day), escape(self.i(x.drug)), escape(s.chart_labels.dose_statuses.get(x.status, x.status))] for x in missed]
            self.parts.append(_table([s.col_date, s.col_medicine, s.col_status], rows, s.rtl))
        others = facts.dose_counts(data, anti_cancer=False)
        if sum(others.values()):
            self.p(escape(s.other_medicines.format(counts=self._counts_text(others), heading=s.other_medicines_heading)))

    def worse_symptoms(self) -> None:
        s = self.s
        self.h(s.symptoms_worse)
        items = []
        for row in facts.worse_symptoms(facts.symptom_rows(self.data)):
            if row.before is None:
                text = s.change_symptom_new.format(symptom=self.i(row.label), now=self.rating(row.scale, row.highest))
            else:
                text = s.change_symptom_worse.format(symptom=self.i(row.label), before=self.rating(row.scale, row.before), now=self.rating(row.scale, row.highest))
            if row.carers:
                text += " " + s.carer_reported_sentence.format(names=", ".join(self.i(x) for x in row.carers))
            items.append(text)
        temp = facts.highest_measurement(self.data, "temperature")
        if temp:
            value = self.i(f"{s.format_number(temp[0].value, 1)} {temp[1]}")
            text = s.change_temperature.format(value=value, date=s.format_date(temp[0].when.date()))
            if temp[0].carer:
                text += " " + s.carer_reported_value.format(names=self.i(temp[0].carer))
            items.append(text)
        weight = facts.measurement_change(self.data, "weight")
        if weight and weight[0] is not weight[1]:
            first, last, unit = weight
            delta = last.value - first.value
            items.append(s.change_weight.format(
                start=self.i(f"{s.format_number(first.value, 1)} {unit}"), end=self.i(f"{s.format_number(last.value, 1)} {unit}"),
                delta=self.i(("+" if delta >= 0 else "−") + f"{s.format_number(abs(delta), 1)} {unit}"),
            ))
        if not items:
            self.p(escape(s.symptoms_none_worse))
            return
        self.parts.append("<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>")

    def latest_labs(self) -> None:
        """Each test's last result with its date, even from before the period."""
        s = self.s
        self.h(s.latest_labs)
        if not self.data.latest_labs:
            self.p(escape(s.latest_labs_none))
            return
        latest = sorted(self.data.latest_labs, key=lambda x: (x[0].group != "marker", x[0].group, x[0].label))
        self.parts.append(self._lab_table([facts.lab_row(series, point) for series, point in latest], mark_before=True))

    def other_doses(self) -> None:
        s = self.s
        missed = facts.doses_not_taken(self.data, anti_cancer=False)
        unrecorded = facts.unrecorded_by_drug(self.data, anti_cancer=False)
        if not missed and not unrecorded:
            return
        self.h(s.other_medicines_heading)
        if missed:
            rows = [[self.d(x.day), escape(self.i(x.drug)), escape(s.chart_labels.dose_statuses.get(x.status, x.status))] for x in missed]
            self.parts.append(_table([s.col_date, s.col_medicine, s.col_status], rows, s.rtl))
        if unrecorded:
            count = sum(n for _drug, n, _a, _b in unrecorded)
            detail = "; ".join(s.doses_not_recorded_item.format(drug=self.i(drug), count=self.n(n), start=s.format_date(a), end=s.format_date(b))
                               for drug, n, a, b in unrecorded)
            self.p(escape(s.doses_not_recorded.format(count=self.n(count), detail=detail)))

    def dose_calendar(self) -> None:
        if self.data.charts.doses:  # the chart carries its own title
            self.chart("doses.png", dose_chart(self.data.charts, start=self.chart_start, end=self.chart_end, locale_strings=self.s.chart_labels, width=8), "doses")

    def symptoms(self) -> None:
        s = self.s
        self.h(s.symptoms)
        rows = facts.symptom_rows(self.data)
        if not rows:
            self.p(escape(s.symptoms_none))
            return
        # Symptoms only ever rated "none" go in one line, so the table shows what troubled them.
        rated = [r for r in rows if r.highest > 0]
        if rated:
            table = [[self._symptom_label(r), self.n(r.entries), escape(self.rating(r.scale, r.highest)), escape(self.rating(r.scale, r.latest))] for r in rated]
            self.parts.append(_table([s.col_symptom, s.col_entries, s.col_highest, s.col_latest], table, s.rtl))
        never = [r.label for r in rows if r.highest == 0]
        if never:
            self.p(escape(s.symptoms_only_none.format(symptoms=", ".join(self.i(x) for x in sorted(never)))))
        # Chart the most troublesome symptoms; four lines stay readable on paper.
        wanted = [series.symptom_id for series in self.data.charts.symptoms if series.label in {r.label for r in rated[:4] or rows[:4]}]
        fig = symptom_chart(self.data.charts, start=self.chart_start, end=self.chart_end, locale_strings=s.chart_labels, symptom_ids=wanted, size=(8, 4))
        self.chart("symptoms.png", fig, "symptoms", wanted)

    def _symptom_label(self, row: facts.SymptomRow) -> str:
        text = escape(self.i(row.label))
        if row.carers:
            text += "<br><i>" + escape(self.s.carer_reported.format(names=", ".join(self.i(x) for x in row.carers))) + "</i>"
        return text

    def measurements(self) -> None:
        data = self.data
        if not any(facts.series_in_range(m, data) for m in data.charts.measurements):
            return
        self.h(self.s.measurements)
        self.chart("measurements.png", measurement_chart(data.charts, start=self.chart_start, end=self.chart_end, locale_strings=self.s.chart_labels), "measurements")

    def labs(self) -> None:
        s = self.s
        self.h(s.labs)
        rows = facts.lab_rows(self.data)
        if not rows:
            self.p(escape(s.labs_none))
            return
        self.parts.append(self._lab_table(rows))
        for kind, group in LAB_GROUPS.items():
            if any(facts.series_in_range(x, self.data) for x in self.data.charts.labs if x.group == group):
                fig = lab_chart(self.data.charts, start=self.chart_start, end=self.chart_end, group=group, locale_strings=s.chart_labels)
                self.chart(f"labs-{group}.png", fig, kind)

    def _lab_table(self, rows: list[facts.LabRow], *, mark_before: bool = False) -> str:
        s = self.s
        table = []
        for r in rows:
            decimals = 0 if r.point.value >= 100 else 1
            value = self.i(f"{s.format_number(r.point.value, decimals)} {r.series.unit}")
            flag = {"high": s.flag_high, "low": s.flag_low}.get(r.flag or "", "")
            day = self.d(r.point.when.date())
            if mark_before and r.point.when.date() < self.data.date_from:
                day += f"<br><i>{escape(s.before_period)}</i>"
            table.append([escape(self.i(r.series.label)), day, f"<b>{escape(value)}</b>" if flag else escape(value), escape(self.i(self._ref(r.series))), escape(flag)])
        return _table([s.col_test, s.col_date, s.col_value, s.col_reference, s.col_flag], table, s.rtl)

    def _ref(self, series: LabSeries) -> str:
        s, low, high = self.s, series.ref_low, series.ref_high

        def n(v: float) -> str:
            return s.format_number(v, 0 if v >= 100 or v == int(v) else 1)

        if low is not None and high is not None:
            return s.range_between.format(low=n(low), high=n(high)) + f" {series.unit}"
        if high is not None:
            return s.range_upto.format(high=n(high)) + f" {series.unit}"
        if low is not None:
            return s.range_from.format(low=n(low)) + f" {series.unit}"
        return ""

    def questions_and_notes(self) -> None:
        s, data = self.s, self.data
        if data.questions:
            self.h(s.questions)
            self.parts.append("<ol>" + "".join(f"<li>{escape(self.i(q.text))}</li>" for q in data.questions) + "</ol>")
        if data.notes:
            self.h(s.notes)
            rows = [[self.d(n.when), escape(self.i(n.text)).replace("\n", "<br>")] for n in sorted(data.notes, key=lambda n: n.when)]
            self.parts.append(_table([s.col_date, s.notes], rows, s.rtl))


def _plain_table(rows: list[list[str]], rtl: bool) -> str:
    if rtl:
        body = "".join(f'<tr><td>{b}</td><td width="30%" align="right"><b>{a}</b></td></tr>' for a, b in rows)
    else:
        body = "".join(f'<tr><td width="30%"><b>{a}</b></td><td>{b}</td></tr>' for a, b in rows)
    return f'<table cellspacing="0" cellpadding="3" width="100%">{body}</table>'


def build_clinic_summary(data: ReportData, strings: ReportStrings | None = None, *, progress: ProgressFn | None = None) -> ClinicReport:
    s = strings or ReportStrings()
    b = _Builder(data, s, progress)
    # Page 1 answers the visit's questions (who, what now, what changed, doses, symptoms,
    # latest results); the detail and the charts follow.
    steps = (b.details, b.plan, b.team_changes, b.local_treatments, b.doses, b.worse_symptoms, b.latest_labs, b.questions_and_notes,
             b.dose_calendar, b.other_doses, b.symptoms, b.measurements, b.labs)
    date_range = s.date_range.format(start=s.format_date(data.date_from), end=s.format_date(data.date_to))
    made_on = data.made_on or data.date_to
    # One heading and one date range: the page header repeats them from page 2 on only.
    b.parts.append(f"<h1>{escape(s.title)}</h1><p>{escape(date_range)}<br>"
                   f"<small>{escape(s.made_on.format(date=s.format_date(made_on)))}</small></p>")
    for i, step in enumerate(steps):
        b.progress(i, len(steps) + 1, step.__name__)
        step()
    direction = ' dir="rtl"' if s.rtl else ""
    style = (
        "<style>body { font-size: 10pt; } h1 { font-size: 18pt; color: #1F3A5F; } "
        "h2 { font-size: 13pt; color: #1F3A5F; margin-top: 14px; } th, td { font-size: 9.5pt; }</style>"
    )
    html = f"<html{direction}><head><meta charset='utf-8'>{style}</head><body{direction}>{''.join(b.parts)}</body></html>"
    return ClinicReport(
        title=s.title, html=html, images=b.images, date_range=date_range, page_label=s.page, footer=s.footer,
        rtl=s.rtl, date_from=data.date_from, date_to=data.date_to, image_sizes=b.sizes,
    )
