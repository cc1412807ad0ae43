"""One journal on two or three computers (issue 18): the live sync controller and its wording."""
