"""Rows of a partner list, and the partners that action rows name (an acronym of
the sheet's key written out; the person's choice followed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lipplanner.core.reports.cell_values import fold, shown
from lipplanner.core.reports.plan_import.preview import NewPartner
from lipplanner.core.reports.plan_import.reading import ReaderBase

if TYPE_CHECKING:
    from lipplanner.core.reports.plan_import.row_cells import RowCells


_UNKNOWN_NAMES = frozenset(
    {"tbd", "tbc", "n/a", "na", "-", "?", "a determiner", "to be determined"}
)


class PartnerRows(ReaderBase):
    """Partner rows, and a name's partner for the other rows."""

    def _partner(self, cells: RowCells, _level: str) -> None:
        name = cells.name("partner")
        if not name:
            cells.error("partner", "no organisation name; the row was left out.")
            return
        if self.skip_example(cells, "partners"):
            return
        key = fold(name)
        if key in self.partner_names:
            cells.error("partner", f"“{shown(name)}” is listed twice; the second row was left out.")
            return
        sector_text = cells.name("sector")
        sector = self.sectors.get(fold(sector_text), "") if sector_text else ""
        partner = NewPartner(
            name_en=name,
            name_fr=cells.name("partner_fr"),
            acronym=cells.name("acronym"),
            sector=sector,
            languages=cells.name("languages"),
            email=cells.name("email"),
            phone=cells.name("phone"),
            website=cells.name("website"),
            notes=f"Sector: {sector_text}" if sector_text and not sector else "",
            listed=True,
            source=cells.where("partner"),
            existing=self.known_partners.get(key),
        )
        if sector_text and not sector:
            cells.note(
                "sector", f"“{shown(sector_text)}” is not in the sector list; kept in notes."
            )
        self.preview.partners[key] = partner
        for alias in (partner.name_fr, partner.acronym):
            if alias:
                self.partner_names.setdefault(fold(alias), key)
        self.partner_names[key] = key

    def partner_key(self, cells: RowCells, column: str, written: str) -> str | None:
        """The partner a name refers to, proposing a new one when it is not listed (an
        acronym of the sheet's key is written out; the person's choice is followed)."""
        if fold(written) in _UNKNOWN_NAMES:
            return None
        chosen = self.mapping.partners.get(written, "")
        name = written
        if chosen:
            name = chosen
        key = self.partner_names.get(fold(name))
        if key is not None:
            return key
        acronym = ""
        expanded = cells.context.structure.acronyms.get(name)
        if expanded:
            acronym, name = name, expanded
            key = self.partner_names.get(fold(name))
            if key is not None:
                self.partner_names[fold(acronym)] = key
                return key
        key = fold(name)
        existing = self.known_partners.get(key) or (chosen or None)
        self.preview.partners[key] = NewPartner(
            name_en=name, acronym=acronym, source=cells.where(column), existing=existing
        )
        self.partner_names[key] = key
        if acronym:
            self.partner_names[fold(acronym)] = key
        if existing is None:
            cells.note(column, f"“{shown(name)}” is not a listed partner; it will be added as new.")
        return key
