"""The main window's connection selector (toolbar) and Profile menu: the stored and the IT
policy's preset profiles, the sandbox unless the policy hides it, and the profile actions. Used by
`MainWindow` (ui/main_window.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from zoomdesk.core.i18n import translate, translate_marked, translate_noop

if TYPE_CHECKING:
    from zoomdesk.ui.main_window import MainWindow

SANDBOX_ITEM = translate_noop("ProfileMenu", "Sandbox (not real Zoom)")


def sandbox_item() -> str:
    """The selector's sandbox entry in the user's language."""
    return translate_marked("ProfileMenu", SANDBOX_ITEM)


class ProfileMenu:
    """The connection selector and the Profile menu (for `MainWindow`)."""

    def __init__(self, owner: MainWindow) -> None:
        self.owner = owner
        self._profiles: list[str] = []
        self._current_profile: str | None = None
        self._sandbox_active = False

    def set_profiles(
        self, names: list[str], current: str | None, *, sandbox: bool, connected: bool = True
    ) -> None:
        """Fill the profile selector; `current` is None for the sandbox, for credentials from
        the environment, and when not connected."""
        self._profiles = names
        self._current_profile = current
        self._sandbox_active = sandbox
        self.owner.profile_combo.blockSignals(True)
        self.owner.profile_combo.clear()
        for name in names:
            self.owner.profile_combo.addItem(name, name)
        if self.owner.sandbox_allowed or sandbox:
            self.owner.profile_combo.addItem(sandbox_item(), None)
        if current is None and not sandbox:
            self.owner.profile_combo.insertItem(
                0,
                translate("ProfileMenu", "Environment")
                if connected
                else translate("ProfileMenu", "Not connected"),
                "",
            )
        index = (
            self.owner.profile_combo.findText(sandbox_item())
            if sandbox
            else self.owner.profile_combo.findData(current if current is not None else "")
        )
        self.owner.profile_combo.setCurrentIndex(max(index, 0))
        self.owner.profile_combo.blockSignals(False)
        has = current is not None
        self.owner.edit_profile_action.setEnabled(has)
        self.owner.remove_profile_action.setEnabled(has and current not in self.owner.presets)
        self.owner.forget_cache_action.setEnabled(connected and not sandbox)

    def on_combo_activated(self, index: int) -> None:
        data = self.owner.profile_combo.itemData(index)
        if self.owner.profile_combo.itemText(index) == sandbox_item():
            self.owner.sandbox_chosen.emit()
        elif data:
            self.owner.profile_chosen.emit(str(data))

    def fill_menu(self) -> None:
        """Rebuilt on each opening, so it always matches the stored profiles."""
        menu = self.owner.profile_menu
        menu.clear()
        for action in self.owner.profile_group.actions():
            self.owner.profile_group.removeAction(action)
        for name in self._profiles:
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(name == self._current_profile)
            action.triggered.connect(lambda _c=False, n=name: self.owner.profile_chosen.emit(n))
            self.owner.profile_group.addAction(action)
        if self.owner.sandbox_allowed:
            sandbox = menu.addAction(translate("ProfileMenu", "&Sandbox (not real Zoom)"))
            sandbox.setCheckable(True)
            sandbox.setChecked(self._sandbox_active)
            sandbox.triggered.connect(lambda _c=False: self.owner.sandbox_chosen.emit())
            self.owner.profile_group.addAction(sandbox)
        menu.addSeparator()
        menu.addAction(self.owner.add_profile_action)
        menu.addAction(self.owner.edit_profile_action)
        menu.addAction(self.owner.remove_profile_action)
        menu.addSeparator()
        menu.addAction(self.owner.forget_cache_action)
