"""The store's passphrase: asked at start (a new one on first start), before any text is shown."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from nals_desktop.store.cipher import MIN_PASSPHRASE

_WARNING_STYLE = "color: #8a1c12;"


class PassphraseDialog(QDialog):
    """The passphrase of an encrypted store; ``new=True`` asks for a new one twice (first start).

    ``passphrase()`` holds what was typed once accepted; ``problem`` (a wrong passphrase) is shown on top.
    OK stays disabled until a new passphrase is long enough and typed the same twice.
    """

    def __init__(self, *, new: bool, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setMinimumWidth(440)
        self.new = new
        self.setWindowTitle(self.tr("Choose a passphrase") if new else self.tr("Unlock NALS Desktop"))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(
            self.tr(
                "Your positions are kept encrypted on this computer. Choose a passphrase of at least {n} "
                "characters: it is asked at every start and after the window locks. Without it, the store "
                "cannot be read, by anyone."
            ).format(n=MIN_PASSPHRASE)
            if new
            else self.tr("Your positions are encrypted. Type the passphrase of this computer's store."),
            self,
        )
        intro.setWordWrap(True)
        self.problem = QLabel(problem, self)
        self.problem.setObjectName("passphraseProblem")
        self.problem.setStyleSheet(_WARNING_STYLE)
        self.problem.setWordWrap(True)
        self.problem.setVisible(bool(problem))
        self.first = QLineEdit(self)
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Passphrase"))
        self.second = QLineEdit(self)
        self.second.setObjectName("passphraseAgain")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("The same passphrase again"))
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        if new:
            form.addRow(self.tr("&Again:"), self.second)
        else:
            self.second.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.problem)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()
        self.first.setFocus()

    def _update(self) -> None:
        ok = bool(self.first.text())
        if self.new:
            ok = len(self.first.text()) >= MIN_PASSPHRASE and self.first.text() == self.second.text()
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        button.setEnabled(ok)

    def passphrase(self) -> str:
        return self.first.text()


def ask_passphrase(new: bool, problem: str = "", parent: QWidget | None = None) -> str | None:
    """Ask with a modal dialog (at start, before the window exists); None when the user cancels."""
    dialog = PassphraseDialog(new=new, problem=problem, parent=parent)
    return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None
