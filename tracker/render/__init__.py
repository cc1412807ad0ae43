"""Drawing below the UI: the clinic-summary PDF, its translated words and the chart labels.

QtCore and QtGui only (no widgets), so the command line can make the PDF without importing
the interface: `entry → cli → ui → render → services → storage → domain`.
"""
