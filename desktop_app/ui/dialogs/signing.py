"""Signing an exported PDF digitally, and checking a signed one: two dialogs over
:mod:`desktop_app.export.signing`.

``open_signing_dialog(parent, pdf_path)`` lets the president, then the secretary, sign the PDF
with a certificate file (.p12 / .pfx and its password) or the Belgian eID card; the signed PDF
replaces the file atomically, and a refusal leaves it as it was. ``open_verify_dialog(parent,
pdf_path)`` shows each signature and whether the embedded submission file matches the printed
fingerprint; there the user can add root certificates to trust (as ``verify --trust``), which
are remembered in QSettings (``verify/trustedRoots``, the files' paths, read again each time). Both return the dialog, opened window-modal (not blocking); ``SigningDialog.signed``
tells when a signature was written, so the caller can refresh what it shows.

The password is held by the password field only until the signature is made (or the dialog
closes), and never stored or logged. Every string of the window goes through ``tr()``; the
refusals of the signing module come in Dutch and French and are shown in the window's language.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.fields import format_date
from ...export import signing
from ...export.files import atomic_write, write_failure_reason
from ...export.outside import PDF, OutsideFileError, read_outside_file
from ..background import Cancelled, Task, run_in_background
from ..language import ui_language
from ..widgets.plain import PLAIN

OK_COLOUR = "#2e7d32"
BAD_COLOUR = "#c62828"
INCOMPLETE_COLOUR = "#8a5a00"  # dark amber: not an error, never the green of "in order"
NOT_CHECKED = "not-checked"  # the Verify dialog's outcome after a Cancel
TRUSTED_ROOTS_KEY = "verify/trustedRoots"  # paths of root certificate files the user added


def trusted_root_paths(settings: QSettings) -> list[Path]:
    """The root certificate files the user chose to trust in the Verify dialog."""
    value = settings.value(TRUSTED_ROOTS_KEY, [])
    if isinstance(value, str):  # an INI file gives a list of one back as a string
        value = [value] if value else []
    return [Path(str(item)) for item in value or [] if str(item)]


def _fill(template: str, *values: str) -> str:
    """``template`` with %1, %2, … replaced in one pass, so that a value holding "%2" (a name
    from a certificate) is not replaced again."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(values)
                  else m.group(0), template)


def _when(moment) -> str:
    if moment is None:
        return "—"
    moment = moment.astimezone()
    return f"{format_date(moment.date(), ui_language())} {moment:%H:%M}"


class _PathRow(QWidget):
    """A file path field with a Choose… button."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit(objectName=name)
        self.button = QPushButton(objectName=f"{name}Choose")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.edit.editingFinished.connect(self.changed)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text) if text else None

    def set_path(self, path: Path | None) -> None:
        self.edit.setText(str(path) if path else "")
        self.changed.emit()


class SigningDialog(QDialog):
    """Choose the PDF, who signs and with which certificate; sign."""

    signed = Signal(Path, str)  # the PDF written, the role that signed

    def __init__(self, parent: QWidget | None = None, pdf_path: Path | None = None):
        super().__init__(parent)
        self.setObjectName("signingDialog")
        self.beid = signing.beid_library() if signing.pkcs11_available() else None

        self.pdf = _PathRow("pdfPath")
        self.pdf_state = QLabel(objectName="pdfState", wordWrap=True, textFormat=PLAIN)  # signers' names
        self.pdf_label = QLabel()
        self.pdf_label.setBuddy(self.pdf.edit)

        self.role_box = QGroupBox(objectName="roleBox")
        self.president = QRadioButton(objectName="rolePresident")
        self.secretary = QRadioButton(objectName="roleSecretary")
        self.roles = QButtonGroup(self)
        self.roles.addButton(self.president)
        self.roles.addButton(self.secretary)
        self.president.setChecked(True)
        role_layout = QVBoxLayout(self.role_box)
        role_layout.addWidget(self.president)
        role_layout.addWidget(self.secretary)

        self.source_box = QGroupBox(objectName="sourceBox")
        self.use_file = QRadioButton(objectName="sourceFile")
        self.use_eid = QRadioButton(objectName="sourceEid")
        self.sources = QButtonGroup(self)
        self.sources.addButton(self.use_file)
        self.sources.addButton(self.use_eid)
        self.use_file.setChecked(True)
        self.certificate = _PathRow("certificatePath")
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.certificate_label, self.password_label = QLabel(), QLabel()
        self.certificate_label.setBuddy(self.certificate.edit)
        self.password_label.setBuddy(self.password)
        self.eid_note = QLabel(objectName="eidNote", wordWrap=True)
        self.eid_note.setOpenExternalLinks(True)
        self.eid_note.setTextFormat(Qt.TextFormat.RichText)
        file_form = QFormLayout()
        file_form.addRow(self.certificate_label, self.certificate)
        file_form.addRow(self.password_label, self.password)
        source_layout = QVBoxLayout(self.source_box)
        source_layout.addWidget(self.use_file)
        source_layout.addLayout(file_form)
        source_layout.addWidget(self.use_eid)
        source_layout.addWidget(self.eid_note)
        self.use_eid.setEnabled(self.beid is not None)

        self.message = QLabel(objectName="message", wordWrap=True, textFormat=PLAIN)  # a signer's name
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.sign_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.sign_button.setObjectName("signButton")
        self.sign_button.setDefault(True)
        self.verify_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.verify_button.setObjectName("verifyButton")

        top = QFormLayout()
        top.addRow(self.pdf_label, self.pdf)
        top.addRow("", self.pdf_state)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.role_box)
        layout.addWidget(self.source_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.pdf.button.clicked.connect(self._choose_pdf)
        self.certificate.button.clicked.connect(self._choose_certificate)
        self.pdf.changed.connect(self._pdf_changed)
        self.sources.buttonToggled.connect(self._source_changed)
        self.sign_button.clicked.connect(self.sign)
        self.verify_button.clicked.connect(self._verify)
        self.buttons.rejected.connect(self.reject)
        self._last_state: signing.VerifyResult | None = None
        self._message_source: tuple[str, object] | None = None
        self.retranslate()
        self._source_changed()
        if pdf_path is not None:
            self.pdf.set_path(Path(pdf_path))
        self.resize(560, self.sizeHint().height())

    # -- language ------------------------------------------------------------------------

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign the PDF digitally"))
        self.pdf_label.setText(self.tr("&PDF:"))
        self.pdf.button.setText(self.tr("Choose…"))
        self.pdf.edit.setAccessibleName(self.tr("The exported PDF to sign"))
        self.role_box.setTitle(self.tr("Who signs"))
        self.president.setText(self.tr("The p&resident"))
        self.secretary.setText(self.tr("The s&ecretary (general director)"))
        self.source_box.setTitle(self.tr("Certificate"))
        self.use_file.setText(self.tr("Certificate &file (.p12, .pfx)"))
        self.use_eid.setText(self.tr("Belgian e&ID card"))
        self.certificate_label.setText(self.tr("F&ile:"))
        self.certificate.button.setText(self.tr("Choose…"))
        self.certificate.edit.setAccessibleName(self.tr("The certificate file"))
        self.password_label.setText(self.tr("Pass&word:"))
        self.password.setAccessibleName(self.tr("Password of the certificate file"))
        if self.beid is not None:
            self.eid_note.setText(self.tr("Insert the card in the reader. The eID middleware asks for your PIN."))
        else:
            self.eid_note.setText(self.tr(
                "The eID middleware is not installed. To sign with your eID card, install the eID "
                "middleware from <a href=\"https://eid.belgium.be\">https://eid.belgium.be</a> and "
                "open this window again."))
        self.sign_button.setText(self.tr("&Sign"))
        self.verify_button.setText(self.tr("&Check signatures…"))
        self._show_state()
        self._retranslate_message()

    # -- the PDF ---------------------------------------------------------------------------

    def _choose_pdf(self) -> None:
        start = str(self.pdf.path() or "")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the exported PDF"), start,
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.pdf.set_path(Path(path))

    def _choose_certificate(self) -> None:
        start = str(self.certificate.path() or "")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the certificate file"), start,
                                              self.tr("Certificate files (*.p12 *.pfx)"))
        if path:
            self.certificate.set_path(Path(path))

    def _pdf_changed(self) -> None:
        self._last_state = None
        self._set_message(None)
        path = self.pdf.path()
        if path is None:
            self._show_state()
            return
        try:
            _roots, self._last_state = _verify_in_background(self, path)
        except Cancelled:
            self._set_message(("error", "not-checked"))
        except _NotVerified as refused:
            self._set_message(("error", refused.message))
        self._show_state()
        if self._last_state is not None:
            signed = {s.field for s in self._last_state.signatures}
            (self.secretary if "president" in signed else self.president).setChecked(True)

    def _show_state(self) -> None:
        state = self._last_state
        if state is None:
            self.pdf_state.setText("")
            return
        by_field = {s.field: s for s in state.signatures}
        parts = []
        for role, label in (("president", self.tr("President")), ("secretary", self.tr("Secretary"))):
            signature = by_field.get(role)
            if signature is None:
                parts.append(self.tr("%1: not signed yet").replace("%1", label))
            else:
                parts.append(self.tr("%1: signed by %2").replace("%1", label).replace("%2", signature.signer))
        self.pdf_state.setText(" · ".join(parts))

    # -- the certificate -------------------------------------------------------------------

    def _source_changed(self, *_args) -> None:
        by_file = self.use_file.isChecked()
        for widget in (self.certificate, self.password, self.certificate_label, self.password_label):
            widget.setEnabled(by_file)

    def _signer_loader(self):
        """A function that opens the chosen certificate (in the worker), read from the fields
        here in the window's thread; None when no certificate file was chosen."""
        if self.use_eid.isChecked():
            beid = self.beid
            return lambda: signing.load_pkcs11_signer(beid)
        path = self.certificate.path()
        if path is None:
            return None
        password = self.password.text().encode("utf-8")
        return lambda: signing.load_pkcs12_signer(path, password)

    # -- signing ---------------------------------------------------------------------------

    def role(self) -> str:
        return "secretary" if self.secretary.isChecked() else "president"

    def sign(self) -> bool:
        """Sign the chosen PDF as the chosen role; replace the file. True when it was signed."""
        path = self.pdf.path()
        if path is None:
            self._set_message(("error", "no-pdf"))
            return False
        role = self.role()
        load_signer = self._signer_loader()
        if load_signer is None:
            self._set_message(("error", "no-certificate"))
            return False

        def work(task: Task) -> str:
            pdf = read_outside_file(path, PDF)
            with load_signer() as signer:
                signed = signing.sign_pdf(pdf, role, signer)
                name = signer.name
            task.raise_if_cancelled()  # the file is still as it was
            atomic_write(path, signed)
            return name

        try:
            name = run_in_background(self, work, title=self.tr("Sign the PDF digitally"),
                                     label=lambda _done, _total: self.tr("Signing %1…").replace("%1", path.name),
                                     object_name="signingProgress")
        except Cancelled:
            self._set_message(("error", "cancelled"))
            return False
        except (signing.SigningError, OutsideFileError) as refused:
            self._set_message(("error", refused.message))
            return False
        except OSError as error:
            self._set_message(("error", ("cannot-write", write_failure_reason(error))))
            return False
        finally:
            del load_signer  # the password it holds
        self.password.clear()
        self._pdf_changed()
        self._set_message(("ok", ("signed", name, role)))
        self.signed.emit(path, role)
        return True

    def _verify(self) -> None:
        path = self.pdf.path()
        if path is None:
            self._set_message(("error", "no-pdf"))
            return
        open_verify_dialog(self, path)

    # -- messages --------------------------------------------------------------------------

    def _set_message(self, source) -> None:
        self._message_source = source
        self._retranslate_message()

    def _retranslate_message(self) -> None:
        source = self._message_source
        if source is None:
            self.message.setText("")
            self.message.setProperty("kind", "")
            return
        kind, what = source
        if isinstance(what, signing.Text):
            text = what.get(ui_language())
        elif what == "no-pdf":
            text = self.tr("Choose the exported PDF first.")
        elif what == "no-certificate":
            text = self.tr("Choose the certificate file first.")
        elif what == "cancelled":
            text = self.tr("Not signed: cancelled. The PDF was not changed.")
        elif what == "not-checked":
            text = self.tr("The signatures already in the PDF were not checked: cancelled.")
        elif what[0] == "cannot-write":
            text = self.tr("The signed PDF could not be written: %1").replace("%1", what[1].get(ui_language()))
        else:  # ("signed", name, role)
            _, name, role = what
            text = (self.tr("Signed by %1 as president.") if role == "president"
                    else self.tr("Signed by %1 as secretary.")).replace("%1", name)
        self.message.setText(text)
        self.message.setProperty("kind", kind)
        self.message.setStyleSheet(f"color: {OK_COLOUR if kind == 'ok' else BAD_COLOUR};")

    def done(self, result: int) -> None:
        self.password.clear()  # never kept beyond the dialog
        super().done(result)


class VerifyDialog(QDialog):
    """Each signature of a PDF and whether its embedded submission file matches."""

    COLUMNS = 6

    def __init__(self, parent: QWidget | None, pdf_path: Path, settings: QSettings | None = None):
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.path = Path(pdf_path)
        self.settings = settings if settings is not None else QSettings()
        self.trusted_files: list[Path] = []  # the added roots that could be read
        self.trusted_roots: list = []  # their certificates
        self.trust_problems: list[tuple[str, Path]] = []  # ("cannot-read" | "bad", file)
        self._root_sources: list[tuple[Path, list]] = []  # each file read, and its certificates
        self.result: signing.VerifyResult | None = None
        self.error: signing.Text | None = None
        self.cancelled = False  # the user cancelled the check: nothing is said about the signatures

        self.file_label = QLabel(objectName="verifiedFile", wordWrap=True)
        self.table = QTableWidget(0, self.COLUMNS, objectName="signatures")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The coverage column takes the room left and wraps its longer answers (French),
        # so that the trust column stays in view without scrolling.
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.attachment = QLabel(objectName="attachmentCheck", wordWrap=True)
        self.attachment.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict = QLabel(objectName="verdict", wordWrap=True)
        self.changes = QLabel(objectName="changes", wordWrap=True)
        self.untrusted = QLabel(objectName="untrusted", wordWrap=True)
        self.trust_note = QLabel(objectName="trustNote", wordWrap=True)
        self.trust_error = QLabel(objectName="trustError", wordWrap=True)
        self.trust_error.setStyleSheet(f"color: {BAD_COLOUR};")
        # What comes from the file (field names, certificate names, paths) is shown as typed.
        for label in (self.file_label, self.attachment, self.verdict, self.changes, self.untrusted,
                      self.trust_note, self.trust_error):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.changes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.trust_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.trust_button.setObjectName("trustRootButton")
        self.forget_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.forget_button.setObjectName("forgetRootsButton")
        self.trust_button.clicked.connect(self.choose_root)
        self.forget_button.clicked.connect(self.forget_roots)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.attachment)
        layout.addWidget(self.verdict)
        layout.addWidget(self.changes)
        layout.addWidget(self.untrusted)
        layout.addWidget(self.trust_note)
        layout.addWidget(self.trust_error)
        layout.addWidget(buttons)

        self._verify()
        self.retranslate()
        self.resize(900, 380)

    # -- trusted roots ---------------------------------------------------------------------

    def _verify(self) -> None:
        """Read the remembered root files again and check the PDF, both in the worker (a file
        may be on a network share that stopped answering)."""
        self.result, self.error, self.cancelled = None, None, False
        self.trusted_files, self.trusted_roots, self.trust_problems, self._root_sources = [], [], [], []
        try:
            roots, self.result = _verify_in_background(self.parentWidget(), self.path,
                                                       root_paths=trusted_root_paths(self.settings))
        except Cancelled:
            self.cancelled = True
            return
        except _NotVerified as refused:
            roots, self.error = refused.roots, refused.message
        self.trust_problems, self._root_sources = roots
        self.trusted_files = [path for path, _certificates in self._root_sources]
        self.trusted_roots = [c for _path, certificates in self._root_sources for c in certificates]

    def choose_root(self) -> bool:
        """Ask for a root certificate file (PEM or DER), trust it from now on and verify
        again. True when it was added."""
        start = str(self.trusted_files[-1].parent if self.trusted_files else Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a root certificate to trust"), start,
            self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"))
        if not name:
            return False
        return self.add_root(Path(name))

    def add_root(self, path: Path) -> bool:
        """Trust the root certificate(s) in ``path`` from now on (remembered) and verify again;
        a file that cannot be read as certificates is refused and not remembered. The file is
        read in a worker; a read cancelled adds nothing."""

        def read(task: Task) -> None:
            signing.load_certificates(path)
            task.raise_if_cancelled()

        try:
            run_in_background(self, read, title=self.tr("Signatures of the PDF"), label=lambda _done, _total: self.tr(
                "Reading the certificate file %1…").replace("%1", path.name), object_name="readingRoot", abandonable=True)
        except Cancelled:
            return False
        except (OSError, ValueError) as refused:
            self.trust_problems = [problem for problem in self.trust_problems if problem[1] != path]
            self.trust_problems.append(("cannot-read" if isinstance(refused, OSError) else "bad", path))
            self.retranslate()
            return False
        paths = trusted_root_paths(self.settings)
        if path not in paths:
            paths.append(path)
        self.settings.setValue(TRUSTED_ROOTS_KEY, [str(p) for p in paths])
        self._refresh()
        return True

    def forget_roots(self) -> None:
        """Trust no root added here any more, and verify again."""
        self.settings.remove(TRUSTED_ROOTS_KEY)
        self._refresh()

    def _refresh(self) -> None:
        self._verify()
        self.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def ok(self) -> bool:
        return self.result is not None and self.result.ok

    @property
    def outcome(self) -> str:
        """``ok``, ``incomplete``, ``untrusted`` or ``broken``, as
        :attr:`.signing.VerifyResult.outcome`; ``broken`` when the PDF could not be read;
        ``not-checked`` when the user cancelled the check."""
        if self.result is not None:
            return self.result.outcome
        return NOT_CHECKED if self.cancelled else signing.OUTCOME_BROKEN

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Signatures of the PDF"))
        self.file_label.setText(self.tr("File: %1").replace("%1", str(self.path)))
        self.table.setHorizontalHeaderLabels([
            self.tr("Role"), self.tr("Signer"), self.tr("Signed at"), self.tr("Intact"),
            self.tr("Covers the whole document"), self.tr("Trusted certificate"),
        ])
        self.trust_button.setText(self.tr("&Trust a root certificate…"))
        self.forget_button.setText(self.tr("&Forget added root certificates"))
        self.forget_button.setEnabled(bool(trusted_root_paths(self.settings)))
        note = [self.tr(
            "Intact: the signed content is unchanged. Trusted: the certificate leads to a root "
            "certificate this computer trusts; checked offline. Trust only a root certificate whose "
            "fingerprint you checked with its authority (the Belgian eID roots: "
            "repository.eid.belgium.be).")]
        for path, certificates in self._root_sources:
            for certificate in certificates:
                note.append(_fill(self.tr("Also trusted: %1 (SHA-256 %2), from %3"), signing.common_name(certificate),
                                  signing.certificate_fingerprint(certificate), str(path)))
        self.trust_note.setText("\n".join(note))
        problems = [
            (self.tr("The root certificate file %1 cannot be read; it is not trusted.")
             if kind == "cannot-read" else
             self.tr("%1 is not a certificate file that can be read (PEM or DER, at most 1 MiB); it is not trusted."))
            .replace("%1", str(path))
            for kind, path in self.trust_problems]
        self.trust_error.setText("\n".join(problems))
        self.trust_error.setVisible(bool(problems))
        self.table.setRowCount(0)
        result = self.result
        if result is None:
            if self.cancelled:
                self._verdict(NOT_CHECKED, self.tr(
                    "NOT CHECKED: cancelled. This says nothing about the signatures; close and verify again."))
            else:
                self._verdict(signing.OUTCOME_BROKEN, self.error.get(ui_language()) if self.error else "")
            self.attachment.setText("")
            self.changes.setText("")
            self.untrusted.setText("")
            return
        yes, no = self.tr("yes"), self.tr("no")
        for signature in result.signatures:
            if signature.covers_whole_file:
                whole = yes
            elif signature.later_changes_allowed:
                whole = self.tr("no, then only signatures or validation data")
            else:
                whole = self.tr("NO, the PDF was changed after it")
            role = (self.tr("Document time-stamp") if signature.kind == signing.KIND_TIMESTAMP
                    else self._role(signature.field))
            self._add_row([role, signature.signer, _when(signature.signing_time),
                           yes if signature.intact else self.tr("NO"), whole,
                           yes if signature.trusted else no],
                          bad=not signature.ok)
        for field in result.unsigned_fields:
            self._add_row([self._role(field), self.tr("not signed"), "", "", "", ""], bad=False)

        if result.attachment_sha256 is None:
            self.attachment.setText(self.tr("The submission file clusterReport.xml is not in the PDF."))
        elif result.file_matches:
            self.attachment.setText(self.tr(
                "The embedded submission file clusterReport.xml (SHA-256 %1) matches the fingerprint "
                "printed in the PDF and in its metadata.").replace("%1", result.attachment_sha256))
        else:
            self.attachment.setText(self.tr(
                "The embedded submission file clusterReport.xml (SHA-256 %1) does NOT match the "
                "fingerprint printed in the PDF or in its metadata.").replace("%1", result.attachment_sha256))
        lines = []
        for revision, changes in result.changes:
            lines.append(self.tr("CHANGED AFTER SIGNING (update %1 of the file):").replace("%1", str(revision))
                         if revision is not None else self.tr("CHANGED AFTER SIGNING:"))
            lines += [f"  – {change.get(ui_language())}" for change in changes]
        self.changes.setText("\n".join(lines))
        self.changes.setVisible(bool(lines))
        outcome = result.outcome
        untrusted = [] if outcome == signing.OUTCOME_BROKEN else result.untrusted
        if outcome == signing.OUTCOME_UNTRUSTED:  # the bottom line names the signers
            untrusted = [s for s in untrusted if s.kind == signing.KIND_TIMESTAMP]
        self.untrusted.setText("\n".join(
            self.tr("Note: the certificate of %1 does not come from a trusted certification authority; "
                    "the signature is intact, but who signed is not confirmed by it.").replace("%1", s.signer)
            for s in untrusted))
        self.untrusted.setVisible(bool(untrusted))
        if outcome == signing.OUTCOME_OK:
            self._verdict(outcome, self.tr(
                "In order: signed by the president and the secretary with trusted certificates, every "
                "signature is intact and the embedded file matches."))
        elif outcome == signing.OUTCOME_UNTRUSTED:
            signers = result.untrusted_signers
            if len(signers) == 2:
                text = _fill(self.tr("Intact and signed by both, but the certificates of the president (%1) "
                                     "and the secretary (%2) do not come from a trusted certification "
                                     "authority: who signed cannot be confirmed."),
                             signers[0].signer, signers[1].signer)
            elif signers[0].field == "president":
                text = self.tr("Intact and signed by both, but the certificate of the president (%1) does not "
                               "come from a trusted certification authority: who signed cannot be "
                               "confirmed.").replace("%1", signers[0].signer)
            else:
                text = self.tr("Intact and signed by both, but the certificate of the secretary (%1) does not "
                               "come from a trusted certification authority: who signed cannot be "
                               "confirmed.").replace("%1", signers[0].signer)
            self._verdict(outcome, text)
        elif outcome == signing.OUTCOME_INCOMPLETE:
            missing = result.missing_roles
            if len(missing) == 2:
                text = self.tr("Intact so far, but not signed by the president and the secretary.")
            elif missing == ["president"]:
                text = self.tr("Intact so far, but not signed by the president.")
            else:
                text = self.tr("Intact so far, but not signed by the secretary.")
            self._verdict(outcome, text)
        elif result.changes:
            self._verdict(outcome, self.tr("NOT in order: changed after signing."))
        else:
            self._verdict(outcome, self.tr("NOT in order: see above."))

    def _role(self, field: str) -> str:
        return {"president": self.tr("President"), "secretary": self.tr("Secretary")}.get(field, field)

    def _add_row(self, values: list[str], *, bad: bool) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if bad:
                item.setForeground(Qt.GlobalColor.red)
            self.table.setItem(row, column, item)

    def _verdict(self, outcome: str, text: str) -> None:
        self.verdict.setText(text)
        self.verdict.setProperty("ok", outcome == signing.OUTCOME_OK)
        self.verdict.setProperty("outcome", outcome)
        colour = {signing.OUTCOME_OK: OK_COLOUR, signing.OUTCOME_INCOMPLETE: INCOMPLETE_COLOUR,
                  signing.OUTCOME_UNTRUSTED: INCOMPLETE_COLOUR, NOT_CHECKED: INCOMPLETE_COLOUR}.get(outcome, BAD_COLOUR)
        self.verdict.setStyleSheet(f"font-weight: bold; color: {colour};")


class _NotVerified(Exception):
    """The PDF could not be read or checked (``message``); the root files were read (``roots``)."""

    def __init__(self, roots, message: signing.Text):
        super().__init__()
        self.roots, self.message = roots, message


def _read_roots(paths: list[Path]) -> tuple[list[tuple[str, Path]], list[tuple[Path, list]]]:
    """Read the root certificate files the user added, with the same bound as ``verify
    --trust``: ``(problems, sources)``, a file that can no longer be read said in ``problems``
    (``("cannot-read" | "bad", file)``), not skipped silently; ``sources`` each file read with
    its certificates."""
    problems, sources = [], []
    for path in paths:
        try:
            certificates = signing.load_certificates(path)
        except OSError:
            problems.append(("cannot-read", path))
            continue
        except ValueError:
            problems.append(("bad", path))
            continue
        sources.append((path, certificates))
    return problems, sources


def _verify_in_background(parent: QWidget | None, path: Path, root_paths=()):
    """Read the root certificate files ``root_paths`` and check the signatures of the PDF at
    ``path``, in a worker, the window going on meanwhile (about a second for a doubly signed
    report): ``(roots, result)``, with ``roots`` as :func:`_read_roots` gives them. Raises
    :class:`_NotVerified` when the PDF cannot be read or checked, and :class:`Cancelled` on
    the user's Cancel: the worker stops between the steps (the roots, the file, the check), or
    drops the check it finished after the Cancel, so a cancelled check never says anything
    about the signatures. It only reads: closing the window leaves it to end on its own
    (:class:`..background.Abandoned`)."""
    root_paths = list(root_paths)

    def work(task: Task):
        roots = _read_roots(root_paths)
        extra = [certificate for _path, certificates in roots[1] for certificate in certificates]
        task.raise_if_cancelled()
        try:
            data = read_outside_file(path, PDF)
            task.raise_if_cancelled()  # read, not checked yet
            result = signing.verify_pdf(data, extra_roots=extra)
        except (OutsideFileError, signing.SigningError) as refused:
            raise _NotVerified(roots, refused.message) from None
        task.raise_if_cancelled()  # checked after all: still "not checked", never "valid"
        return roots, result

    translate = QCoreApplication.translate
    return run_in_background(
        parent, work, title=translate("VerifyDialog", "Signatures of the PDF"),
        label=lambda _done, _total: translate("VerifyDialog", "Checking the signatures of %1…").replace("%1", path.name),
        object_name="verifyProgress", abandonable=True, cancelling=translate(
            "VerifyDialog", "Cancelling… The check under way cannot be interrupted: when it ends, its result "
                            "is dropped."))


def open_signing_dialog(parent: QWidget | None, pdf_path: Path | None = None) -> SigningDialog:
    """Open the signing dialog (window-modal, not blocking) on ``pdf_path`` if given."""
    dialog = SigningDialog(parent, pdf_path)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_verify_dialog(parent: QWidget | None, pdf_path: Path) -> VerifyDialog:
    """Open the dialog that shows the signatures of ``pdf_path`` (window-modal, not blocking)."""
    dialog = VerifyDialog(parent, pdf_path)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
