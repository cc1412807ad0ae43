"""The emergency number to show when nobody has set one: by the computer's country."""

from __future__ import annotations

#: ISO 3166 country code -> emergency number. EU and most of Europe use 112.
_BY_COUNTRY = {
    "GB": "999", "IE": "112", "US": "911", "CA": "911", "MX": "911", "AU": "000", "NZ": "111",
    "IN": "112", "ZA": "112", "JP": "119", "KR": "119", "CN": "120", "HK": "999", "SG": "995",
    "MY": "999", "BR": "192", "AR": "107", "IL": "101", "IR": "115", "TR": "112", "CH": "112",
    "NO": "113", "IS": "112", "RU": "112", "UA": "112", "PH": "911", "AE": "998", "SA": "997",
}
_EU = {"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IT", "LV", "LT", "LU",
       "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"}
FALLBACK = "112"  # works from mobile phones in most countries


def default_emergency_number(country_code: str | None) -> str:
    code = (country_code or "").upper()
    if code in _BY_COUNTRY:
        return _BY_COUNTRY[code]
    return "112" if code in _EU else FALLBACK
