"""Digital signatures on the exported PDF: first the president, then the secretary.

The PDF from :func:`.pdf.render_pdf` carries two empty signature fields, ``president`` and
``secretary``, laid over the hand-signature boxes. :func:`sign_pdf` fills one of them with a
PAdES signature (pyHanko) as an incremental update, so an earlier signature stays valid, with a
visible appearance in the box: who signed and when, in the report's language, set in the
report's own embedded DejaVu Sans.

A signer comes from a PKCS#12 file (:func:`load_pkcs12_signer`) or from a PKCS#11 token such as
the Belgian eID card (:func:`load_pkcs11_signer`, the card middleware's ``libbeidpkcs11``, token
``BELPIC``, key ``Signature``; the PIN is left to the middleware unless one is given).

:func:`verify_pdf` reports each signature (field, signer, time, intact, whether it covers the
whole file or only what the strict policy of :mod:`.modification_policy` lets follow it, what
was changed after it otherwise, and, separately, whether the signer's certificate is trusted),
checks the embedded ``clusterReport.xml`` against the fingerprint in the PDF's metadata and the
one printed on page 1, and gives the bottom line (:attr:`VerifyResult.outcome`): ``ok`` only
with both signatures from trusted certificates, ``incomplete`` when a role has not signed,
``untrusted`` when both signed but a certificate is not from a trusted authority, ``broken``
otherwise.

Every refusal is a :class:`SigningError` whose ``message`` is a Dutch/French :class:`Text`. The
functions take and return bytes and never write: the caller writes the result atomically
(:func:`.files.atomic_write`), so a refused or failed signature leaves the file as it was.
No Qt here.
"""

from __future__ import annotations

import asyncio
import ctypes.util
import datetime as dt
import io
import logging
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from ..domain.fields import format_date
from ..domain.text import Text
from .outside import CERTIFICATE, OutsideFileError, read_outside_file
from .pdf import ATTACHMENT_NAME, L as PDF_TEXT, SIGNATURE_FIELDS, grouped_fingerprint, sha256_hex

__all__ = [
    "ROLES",
    "LoadedSigner",
    "SignatureInfo",
    "SigningError",
    "VerifyResult",
    "beid_library",
    "certificate_fingerprint",
    "check_certificate",
    "load_certificates",
    "load_pkcs11_signer",
    "load_pkcs12_signer",
    "pkcs11_available",
    "sign_pdf",
    "verify_pdf",
]

ROLES = SIGNATURE_FIELDS  # ("president", "secretary"), in signing order

# Where the Belgian eID middleware (https://eid.belgium.be) puts its PKCS#11 module.
BEID_LIBRARY_PATHS = {
    "linux": (
        "/usr/lib/x86_64-linux-gnu/libbeidpkcs11.so.0",
        "/usr/lib/x86_64-linux-gnu/libbeidpkcs11.so",
        "/usr/lib/aarch64-linux-gnu/libbeidpkcs11.so.0",
        "/usr/lib64/libbeidpkcs11.so.0",
        "/usr/lib/libbeidpkcs11.so.0",
        "/usr/lib/libbeidpkcs11.so",
        "/usr/local/lib/libbeidpkcs11.so",
    ),
    "darwin": (
        "/Library/Belgium Identity Card/Pkcs11/beid-pkcs11.bundle/Contents/MacOS/libbeidpkcs11.dylib",
        "/usr/local/lib/libbeidpkcs11.dylib",
    ),
    "win32": (
        r"C:\Windows\System32\beidpkcs11.dll",
    ),
}

# pyHanko logs a warning with a traceback when, say, a certificate does not chain to a trusted
# root; that is a normal outcome here, told through ``trusted``. With a handler of their own the
# warnings never reach Python's last-resort stderr printer, so no traceback reaches the user.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

T = Text

MESSAGES: dict[str, Text] = {
    "role": T("Onbekende rol '{role}': kies president of secretary.",
              "Rôle inconnu « {role} » : choisissez president ou secretary."),
    "not-pdf": T("Dit is geen PDF-bestand dat gelezen kan worden.",
                 "Ce n'est pas un fichier PDF lisible."),
    "encrypted": T("Deze PDF is versleuteld; een verslag van Clusterverslag is dat nooit.",
                   "Ce PDF est chiffré ; un rapport de Clusterverslag ne l'est jamais."),
    "not-ours-attachment": T(
        "Deze PDF komt niet van Clusterverslag: het indieningsbestand {file} zit er niet in.",
        "Ce PDF ne vient pas de Clusterverslag : le fichier de soumission {file} n'y est pas joint.",
    ),
    "not-ours-fields": T(
        "Deze PDF heeft geen handtekeningvelden voor de voorzitter en de secretaris; "
        "exporteer het verslag opnieuw met deze versie van Clusterverslag.",
        "Ce PDF n'a pas de champs de signature pour le président et le secrétaire ; "
        "exportez à nouveau le rapport avec cette version de Clusterverslag.",
    ),
    "file-mismatch": T(
        "Het ingesloten indieningsbestand komt niet overeen met de vingerafdruk in de PDF: "
        "de PDF werd gewijzigd. Ondertekenen kan niet; exporteer het verslag opnieuw.",
        "Le fichier de soumission joint ne correspond pas à l'empreinte du PDF : le PDF a été "
        "modifié. La signature est impossible ; exportez à nouveau le rapport.",
    ),
    "broken-signature": T(
        "De handtekening van {role} in deze PDF is niet meer intact: de PDF werd gewijzigd "
        "na die handtekening. Ondertekenen kan niet.",
        "La signature de {role} dans ce PDF n'est plus intacte : le PDF a été modifié après "
        "cette signature. La signature est impossible.",
    ),
    "already-signed": T("De PDF is al ondertekend door {role}.",
                        "Le PDF est déjà signé par {role}."),
    "president-first": T(
        "Eerst ondertekent de voorzitter, dan de secretaris. Deze PDF heeft nog geen handtekening "
        "van de voorzitter.",
        "Le président signe d'abord, puis le secrétaire. Ce PDF n'a pas encore la signature du "
        "président.",
    ),
    "wrong-password": T(
        "Het wachtwoord van het certificaatbestand {path} is niet juist.",
        "Le mot de passe du fichier de certificat {path} n'est pas correct.",
    ),
    "not-p12": T(
        "{path} is geen PKCS#12-certificaatbestand (.p12 of .pfx).",
        "{path} n'est pas un fichier de certificat PKCS#12 (.p12 ou .pfx).",
    ),
    "p12-unsupported": T(
        "Het certificaatbestand {path} is versleuteld op een verouderde manier die niet meer "
        "ondersteund wordt. Exporteer het certificaat opnieuw (met AES-versleuteling).",
        "Le fichier de certificat {path} est chiffré d'une manière obsolète qui n'est plus "
        "prise en charge. Exportez à nouveau le certificat (avec chiffrement AES).",
    ),
    "no-key": T(
        "Het certificaatbestand {path} bevat geen sleutel om mee te ondertekenen.",
        "Le fichier de certificat {path} ne contient pas de clé pour signer.",
    ),
    "cannot-read": T("Het bestand {path} bestaat niet of kan niet gelezen worden.",
                     "Le fichier {path} n'existe pas ou ne peut pas être lu."),
    "expired": T(
        "Het certificaat van {name} is verlopen op {date}; ondertekenen kan er niet meer mee.",
        "Le certificat de {name} a expiré le {date} ; il ne peut plus servir à signer.",
    ),
    "not-yet-valid": T(
        "Het certificaat van {name} is pas geldig vanaf {date}.",
        "Le certificat de {name} n'est valable qu'à partir du {date}.",
    ),
    "no-signing-usage": T(
        "Het certificaat van {name} mag niet gebruikt worden om te ondertekenen (het heeft "
        "geen sleutelgebruik 'digitale handtekening' of 'onweerlegbaarheid').",
        "Le certificat de {name} ne peut pas servir à signer (il n'a pas l'usage de clé "
        "« signature numérique » ni « non-répudiation »).",
    ),
    "beid-missing": T(
        "De eID-middleware is niet geïnstalleerd. Installeer de eID-middleware van "
        "https://eid.belgium.be en probeer opnieuw.",
        "Le middleware eID n'est pas installé. Installez le middleware eID de "
        "https://eid.belgium.be et réessayez.",
    ),
    "pkcs11-missing": T(
        "Ondertekenen met een kaart (PKCS#11) is niet beschikbaar in deze installatie "
        "(python-pkcs11 ontbreekt).",
        "La signature par carte (PKCS#11) n'est pas disponible dans cette installation "
        "(python-pkcs11 manque).",
    ),
    "pkcs11-library": T(
        "De kaartmodule {path} kan niet geladen worden: {detail}",
        "Le module de carte {path} ne peut pas être chargé : {detail}",
    ),
    "no-token": T(
        "Geen kaart gevonden (token '{label}'). Steek de eID-kaart in de lezer en probeer opnieuw.",
        "Aucune carte trouvée (jeton « {label} »). Insérez la carte eID dans le lecteur et "
        "réessayez.",
    ),
    "no-token-key": T(
        "Op de kaart staat geen sleutel met certificaat '{label}'.",
        "La carte ne contient pas de clé avec le certificat « {label} ».",
    ),
    "wrong-pin": T("De pincode is niet juist.", "Le code PIN n'est pas correct."),
    "pin-locked": T("De pincode is geblokkeerd.", "Le code PIN est bloqué."),
    "cancelled": T("Het ondertekenen werd geannuleerd.", "La signature a été annulée."),
    "card-error": T("De kaart kon niet ondertekenen: {detail}",
                    "La carte n'a pas pu signer : {detail}"),
    "sign-failed": T("Ondertekenen is mislukt: {detail}", "La signature a échoué : {detail}"),
    "coverage": T("de handtekening dekt geen volledige versie van het bestand",
                  "la signature ne couvre pas une version complète du fichier"),
}

ROLE_NAMES = {
    "president": T("de voorzitter", "le président"),
    "secretary": T("de secretaris", "le secrétaire"),
}

APPEARANCE = {
    "signed-by": T("Digitaal ondertekend door", "Signé électroniquement par"),
    "on": T("op {date} om {time}", "le {date} à {time}"),
    "issuer": T("Certificaat van {issuer}", "Certificat de {issuer}"),
    "reason": T("Ondertekend als {role}", "Signé en tant que {role}"),
}


class SigningError(Exception):
    """A refusal or failure, told to the user in Dutch and French (``message``)."""

    def __init__(self, message: Text):
        super().__init__(message.nl)
        self.message = message


def _fail(key: str, **values: object) -> SigningError:
    return SigningError(MESSAGES[key].format(**values) if values else MESSAGES[key])


def _role_text(role: str) -> Text:
    return ROLE_NAMES.get(role, Text(role, role))


def _role_failure(key: str, role: str) -> SigningError:
    """A message naming ``role`` in each language."""
    name = _role_text(role)
    return SigningError(Text(MESSAGES[key].nl.format(role=name.nl), MESSAGES[key].fr.format(role=name.fr)))


# --- signers ---------------------------------------------------------------------------------

@dataclass
class LoadedSigner:
    """A pyHanko signer with its certificate. Close it when done (it may hold a card session);
    it is a context manager."""

    signer: object  # pyhanko.sign.signers.Signer
    certificate: x509.Certificate
    source: str  # "pkcs12" or "pkcs11"
    _session: object | None = field(default=None, repr=False)

    @property
    def name(self) -> str:
        return common_name(self.certificate)

    @property
    def issuer_name(self) -> str:
        return common_name(self.certificate, issuer=True)

    def close(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            try:
                session.close()
            except Exception:  # noqa: BLE001 - a card pulled out: nothing left to close
                pass

    def __enter__(self) -> LoadedSigner:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def common_name(certificate: x509.Certificate, *, issuer: bool = False) -> str:
    """The certificate's subject (or issuer) common name; the eID's " (Signature)" left off."""
    name = certificate.issuer if issuer else certificate.subject
    try:
        values = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    except ValueError:
        values = []
    text = str(values[0].value) if values else name.rfc4514_string()
    return re.sub(r"\s*\(Signature\)$", "", text)


def load_pkcs12_signer(path: Path | str, password: bytes | None) -> LoadedSigner:
    """A signer from a PKCS#12 file (.p12 / .pfx) and its password.

    Raises :class:`SigningError` on an unreadable file, a file that is no PKCS#12, a wrong
    password, or a file without a private key. The password is used and forgotten.
    """
    from pyhanko.sign.signers import SimpleSigner

    path = Path(path)
    try:
        data = read_outside_file(path, CERTIFICATE)
    except OutsideFileError as refused:
        raise SigningError(refused.message) from None
    if not _looks_like_pkcs12(data):
        raise _fail("not-p12", path=path)
    attempts = [password] if password else [b"", None]
    for attempt in attempts:
        try:
            key, certificate, _others = pkcs12.load_key_and_certificates(data, attempt)
            break
        except (ValueError, TypeError):
            continue
        except UnsupportedAlgorithm:
            raise _fail("p12-unsupported", path=path) from None
    else:
        raise _fail("wrong-password", path=path)
    if key is None or certificate is None:
        raise _fail("no-key", path=path)
    try:
        signer = SimpleSigner.load_pkcs12_data(data, other_certs=None, passphrase=attempt)
    except ValueError:  # pragma: no cover - cryptography just read it
        raise _fail("not-p12", path=path) from None
    return LoadedSigner(signer, certificate, "pkcs12")


def _looks_like_pkcs12(data: bytes) -> bool:
    """Whether ``data`` has the outer structure of a PKCS#12 file (readable without password),
    so that a refusal can tell a wrong password from a wrong file."""
    from asn1crypto import pkcs12 as asn1_pkcs12

    try:
        pfx = asn1_pkcs12.Pfx.load(data, strict=True)
        return pfx["version"].native == "v3" and pfx["auth_safe"]["content_type"].native is not None
    except Exception:  # noqa: BLE001 - any parse failure means "not PKCS#12"
        return False


def pkcs11_available() -> bool:
    """Whether python-pkcs11 (``pyhanko[pkcs11]``) is installed."""
    try:
        import pkcs11  # noqa: F401
    except ImportError:
        return False
    return True


def beid_library() -> Path | None:
    """The Belgian eID middleware's PKCS#11 module, where it is installed; else ``None``."""
    platform = "win32" if sys.platform.startswith("win") else "darwin" if sys.platform == "darwin" else "linux"
    for candidate in BEID_LIBRARY_PATHS[platform]:
        if os.path.isfile(candidate):
            return Path(candidate)
    found = ctypes.util.find_library("beidpkcs11")
    if found and os.path.isabs(found) and os.path.isfile(found):
        return Path(found)
    return None


def load_pkcs11_signer(
    lib_path: Path | str | None = None,
    token_label: str = "BELPIC",
    key_label: str = "Signature",
    pin: str | None = None,
) -> LoadedSigner:
    """A signer on a PKCS#11 token: by default the Belgian eID card's signature key.

    ``lib_path`` defaults to the eID middleware's module (:func:`beid_library`); when it is
    not installed the error says what to install. With ``pin=None`` the program does not log
    in: the card middleware asks for the PIN itself when the card signs.
    """
    if not pkcs11_available():
        raise _fail("pkcs11-missing")
    import pkcs11
    from pkcs11 import exceptions as p11_errors
    from pyhanko.config.pkcs11 import TokenCriteria
    from pyhanko.sign.pkcs11 import PKCS11Signer, open_pkcs11_session

    if lib_path is None:
        lib_path = beid_library()
        if lib_path is None:
            raise _fail("beid-missing")
    lib_path = Path(lib_path)
    if not lib_path.is_file():
        if "beid" in lib_path.name.lower():
            raise _fail("beid-missing")
        raise _fail("pkcs11-library", path=lib_path, detail="not found")
    try:
        pkcs11.lib(str(lib_path))
    except Exception as error:  # noqa: BLE001 - an OSError or a PKCS#11 error from the module
        raise _fail("pkcs11-library", path=lib_path, detail=_detail(error)) from None

    session = None
    try:
        session = open_pkcs11_session(str(lib_path), token_criteria=TokenCriteria(label=token_label),
                                      user_pin=pin)
        probe = PKCS11Signer(session, cert_label=key_label, key_label=key_label)
        certificate = x509.load_der_x509_certificate(probe.signing_cert.dump())
        # For EC keys the token signs the digest computed here (CKM_ECDSA): every EC token
        # has that mechanism, not every one has the hash-and-sign CKM_ECDSA_SHA256.
        is_ec = isinstance(certificate.public_key(), ec.EllipticCurvePublicKey)
        signer = PKCS11Signer(session, cert_label=key_label, key_label=key_label,
                              signing_cert=probe.signing_cert, use_raw_mechanism=is_ec)
    except (p11_errors.PinIncorrect, p11_errors.PinInvalid, p11_errors.PinLenRange):
        _close(session)
        raise _fail("wrong-pin") from None
    except p11_errors.PinLocked:
        _close(session)
        raise _fail("pin-locked") from None
    except (p11_errors.NoSuchToken, p11_errors.TokenNotPresent, p11_errors.TokenNotRecognised,
            p11_errors.SlotIDInvalid, p11_errors.DeviceRemoved):
        _close(session)
        raise _fail("no-token", label=token_label) from None
    except p11_errors.FunctionCancelled:
        _close(session)
        raise _fail("cancelled") from None
    except (p11_errors.NoSuchKey, p11_errors.MultipleObjectsReturned):
        _close(session)
        raise _fail("no-token-key", label=key_label) from None
    except p11_errors.PKCS11Error as error:
        _close(session)
        text = str(error)
        if "No token" in text:
            raise _fail("no-token", label=token_label) from None
        if "find" in text.lower() or "certificate" in text.lower() or "key" in text.lower():
            raise _fail("no-token-key", label=key_label) from None
        raise _fail("card-error", detail=_detail(error)) from None
    except Exception as error:  # noqa: BLE001 - e.g. pyHanko's own "could not find" errors
        _close(session)
        text = str(error).lower()
        if "find" in text or "certificate" in text or "key" in text:
            raise _fail("no-token-key", label=key_label) from None
        raise _fail("card-error", detail=_detail(error)) from None
    return LoadedSigner(signer, certificate, "pkcs11", session)


def _close(session) -> None:
    if session is not None:
        try:
            session.close()
        except Exception:  # noqa: BLE001
            pass


def _detail(error: BaseException) -> str:
    text = str(error).strip()
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def check_certificate(certificate: x509.Certificate, now: dt.datetime | None = None,
                      language: str = "nl") -> None:
    """Refuse a certificate that is expired, not yet valid, or not meant for signing.

    A certificate without a key usage extension may be used for anything (RFC 5280); one
    with it must allow digitalSignature or nonRepudiation.
    """
    now = now or dt.datetime.now(dt.timezone.utc)
    name = common_name(certificate)
    if now > certificate.not_valid_after_utc:
        date = certificate.not_valid_after_utc.date()
        raise SigningError(Text(
            MESSAGES["expired"].nl.format(name=name, date=format_date(date, "nl")),
            MESSAGES["expired"].fr.format(name=name, date=format_date(date, "fr")),
        ))
    if now < certificate.not_valid_before_utc:
        date = certificate.not_valid_before_utc.date()
        raise SigningError(Text(
            MESSAGES["not-yet-valid"].nl.format(name=name, date=format_date(date, "nl")),
            MESSAGES["not-yet-valid"].fr.format(name=name, date=format_date(date, "fr")),
        ))
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return
    if not (usage.digital_signature or usage.content_commitment):
        raise _fail("no-signing-usage", name=name)


# --- reading our PDF -------------------------------------------------------------------------

@dataclass(frozen=True)
class _Document:
    reader: object  # pyhanko PdfFileReader
    language: str
    fields: dict[str, bool]  # signature field name -> signed
    attachment: bytes | None
    attachment_count: int
    metadata_sha256: str | None
    printed_fingerprint: str | None


def _open(pdf: bytes) -> _Document:
    """Read ``pdf`` with pyHanko (fields, signatures) and pypdf (attachment, text)."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields
    from pypdf import PdfReader

    if not pdf.lstrip()[:5].startswith(b"%PDF-"):
        raise _fail("not-pdf")
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        if reader.encrypted:
            raise _fail("encrypted")
        fields = {}
        for name, value, _ref in enumerate_sig_fields(reader):
            fields[str(name)] = value is not None
        lang = str(reader.root.get("/Lang", "nl"))
        plain = PdfReader(io.BytesIO(pdf), strict=False)
        if plain.is_encrypted:
            raise _fail("encrypted")
        attachments = plain.attachments.get(ATTACHMENT_NAME, [])
        keywords = str((plain.metadata or {}).get("/Keywords", "") or "")
        first_page = plain.pages[0].extract_text() if len(plain.pages) else ""
    except SigningError:
        raise
    except Exception:  # noqa: BLE001 - any damage in the file: not a PDF we can read
        raise _fail("not-pdf") from None
    match = re.search(r"SHA-256 ([0-9a-fA-F]{64})\b", keywords)
    return _Document(
        reader=reader,
        language="fr" if lang.lower().startswith("fr") else "nl",
        fields=fields,
        attachment=attachments[0] if len(attachments) == 1 else None,
        attachment_count=len(attachments),
        metadata_sha256=match.group(1).lower() if match else None,
        printed_fingerprint=_printed_fingerprint(first_page),
    )


def _printed_fingerprint(text: str) -> str | None:
    """The grouped fingerprint from the footer of a page's text, in either language."""
    text = re.sub(r"[\s\u00a0\u202f]+", " ", text)
    labels = [PDF_TEXT["footer_fingerprint"].get(lang).split("{fingerprint}")[0] for lang in ("nl", "fr")]
    labels = [re.escape(re.sub(r"[\s\u00a0\u202f]+", " ", label).strip()) for label in labels]
    match = re.search(rf"(?:{'|'.join(labels)}) ?([0-9a-f]{{4}}(?: [0-9a-f]{{4}}){{3}})", text)
    return match.group(1) if match else None


def _require_ours(document: _Document) -> None:
    if document.attachment_count == 0:
        raise _fail("not-ours-attachment", file=ATTACHMENT_NAME)
    if not all(role in document.fields for role in ROLES):
        raise _fail("not-ours-fields")


# --- signing ---------------------------------------------------------------------------------

def sign_pdf(pdf: bytes, role: str, signer: LoadedSigner, *, now: dt.datetime | None = None) -> bytes:
    """``pdf`` with a PAdES signature of ``role`` (``president`` or ``secretary``) added as an
    incremental update, visible in that role's box. Returns the new bytes; ``pdf`` itself is
    never changed.

    Refuses (:class:`SigningError`) a PDF that is not ours or was changed, a role already
    signed, the secretary before the president, and a certificate that is expired, not yet
    valid or not meant for signing.
    """
    if role not in ROLES:
        raise _fail("role", role=role)
    document = _open(pdf)
    _require_ours(document)
    if document.fields[role]:
        raise _role_failure("already-signed", role)
    if role == "secretary" and not document.fields["president"]:
        raise _fail("president-first")
    if (document.attachment is None
            or document.metadata_sha256 != sha256_hex(document.attachment)
            or document.printed_fingerprint != grouped_fingerprint(sha256_hex(document.attachment))):
        raise _fail("file-mismatch")
    for info in _signatures(document.reader, roots=[]):
        if not info.ok:
            raise _role_failure("broken-signature", info.field)

    now = (now or dt.datetime.now(dt.timezone.utc)).astimezone()
    check_certificate(signer.certificate, now)
    return _sign(pdf, role, signer, now, document.language)


def _sign(pdf: bytes, role: str, signer: LoadedSigner, now: dt.datetime, language: str) -> bytes:
    from pyhanko.pdf_utils import content, layout
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields as sig_fields
    from pyhanko.sign import signers
    from pyhanko.stamp import StaticStampStyle

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    _same_producer(writer)
    width, height = _field_size(writer, role)
    layout_ = _appearance_layout(width, height, signer.name, signer.issuer_name, role, now, language)
    drawing, fonts = _appearance_content(writer, layout_)

    class Appearance(content.PdfContent):
        """Who signed and when, set in the document's own embedded DejaVu Sans."""

        def render(self) -> bytes:
            for name, ref in fonts.items():
                self.resources.font[name] = ref
            self.box = layout.BoxConstraints(width=width, height=height)
            return drawing

    style = StaticStampStyle(
        background=Appearance(),
        border_width=0,
        background_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MID, y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins.uniform(0)),
    )

    class Signer(signers.PdfSigner):
        """Signs with the time shown in the appearance as the signing time."""

        def init_signing_session(self, pdf_out, existing_fields_only=False):
            session = super().init_signing_session(pdf_out, existing_fields_only=existing_fields_only)
            session.system_time = now
            return session

    meta = signers.PdfSignatureMetadata(
        field_name=role,
        subfilter=sig_fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=APPEARANCE["reason"].get(language).format(role=_role_text(role).get(language)),
    )
    try:
        out = Signer(meta, signer.signer, stamp_style=style).sign_pdf(writer, existing_fields_only=True)
    except SigningError:
        raise
    except Exception as error:  # noqa: BLE001 - told in the user's words, never a traceback
        raise _signing_failure(error) from None
    return out.getvalue()


def _same_producer(writer) -> None:
    """Let the document information name pyHanko alone as the producer, as pyHanko's update of
    the XMP metadata will: PDF/A wants both to say the same (pyHanko would otherwise append
    itself to the old producer in the one and not in the other)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.metadata.model import VENDOR

    if writer._info is not None:
        info = writer._info.get_object()
        info["/Producer"] = generic.TextStringObject(VENDOR)
        writer.mark_update(writer._info)


def _signing_failure(error: BaseException) -> SigningError:
    """A failure while the key signed (a card pulled out, a PIN refused) as a message."""
    try:
        from pkcs11 import exceptions as p11_errors
    except ImportError:
        p11_errors = None
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if p11_errors is not None:
            if isinstance(current, (p11_errors.PinIncorrect, p11_errors.PinInvalid, p11_errors.PinLenRange)):
                return _fail("wrong-pin")
            if isinstance(current, p11_errors.PinLocked):
                return _fail("pin-locked")
            if isinstance(current, p11_errors.FunctionCancelled):
                return _fail("cancelled")
            if isinstance(current, (p11_errors.DeviceRemoved, p11_errors.TokenNotPresent)):
                return _fail("no-token", label="BELPIC")
            if isinstance(current, p11_errors.PKCS11Error):
                return _fail("card-error", detail=_detail(current))
        current = current.__cause__ or current.__context__
    return _fail("sign-failed", detail=_detail(error))


def _field_size(writer, role: str) -> tuple[float, float]:
    from pyhanko.sign.fields import enumerate_sig_fields

    for name, _value, reference in enumerate_sig_fields(writer, with_name=role):
        x0, y0, x1, y1 = (float(v) for v in reference.get_object()["/Rect"])
        return abs(x1 - x0), abs(y1 - y0)
    raise _fail("not-ours-fields")  # pragma: no cover - checked before


@dataclass(frozen=True)
class _Line:
    text: str
    font: str  # FONT or FONT_BOLD
    size: float
    colour: str  # "#rrggbb"
    x: float
    y: float


@dataclass(frozen=True)
class _Layout:
    width: float
    height: float
    rects: tuple[tuple[float, float, float, float, str], ...]  # x, y, w, h, colour
    lines: tuple[_Line, ...]


def _appearance_layout(width: float, height: float, name: str, issuer: str, role: str,
                       when: dt.datetime, language: str) -> _Layout:
    """Where the stamp's box, bar and four lines go: who signed, when, and by whose
    certificate, measured with DejaVu Sans's own widths."""
    from reportlab.pdfbase import pdfmetrics

    from .pdf import FONT, FONT_BOLD, _clip, _register_fonts

    _register_fonts()
    inset = 1.6  # inside the printed box's 0.8 pt border
    rects = ((inset, inset, width - 2 * inset, height - 2 * inset, "#eef3fa"),
             (inset, inset, 2.2, height - 2 * inset, "#1f3864"))
    pad = 8
    room = width - pad - 6
    name_size = 10.5
    while name_size > 6.5 and pdfmetrics.stringWidth(name, FONT_BOLD, name_size) > room:
        name_size -= 0.5
    offset = when.strftime("%z")
    zone = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    texts = [
        (APPEARANCE["signed-by"].get(language), FONT, 7, "#404040"),
        (name, FONT_BOLD, name_size, "#000000"),
        (APPEARANCE["on"].get(language).format(date=format_date(when.date(), language),
                                              time=when.strftime("%H:%M")) + f" ({zone})",
         FONT, 7.5, "#000000"),
        (APPEARANCE["issuer"].get(language).format(issuer=issuer), FONT, 6.5, "#404040"),
    ]
    gaps = 2.2
    total = sum(size for _, _, size, _ in texts) + gaps * (len(texts) - 1)
    y = (height + total) / 2
    lines = []
    for text, font, size, colour in texts:
        y -= size
        lines.append(_Line(_clip(text, font, size, room), font, size, colour, pad, y + size * 0.18))
        y -= gaps
    return _Layout(width, height, rects, tuple(lines))


@dataclass(frozen=True)
class _FontSource:
    """An embedded font the stamp can draw with, and the code of each character it has."""

    ref: object  # pyHanko IndirectObject of the font dictionary
    codes: dict[str, int]


MAX_TO_UNICODE = 1 << 16  # a one-byte font's map is a few kilobytes


def _to_unicode_codes(font) -> dict[str, int]:
    """Character -> one-byte code, from a simple font's ToUnicode map (bounded)."""
    try:
        data = font["/ToUnicode"].data[:MAX_TO_UNICODE].decode("latin-1")
    except Exception:  # noqa: BLE001 - no usable map: the font is not used for the stamp
        return {}
    codes: dict[str, int] = {}

    def add(code: int, hex_text: str) -> None:
        try:
            char = bytes.fromhex(hex_text).decode("utf-16-be")
        except ValueError:
            return
        if len(char) == 1 and char != "\x00" and 0 <= code <= 255:
            codes.setdefault(char, code)

    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for code, target in re.findall(r"<([0-9A-Fa-f]{2})>\s*<([0-9A-Fa-f]{4,8})>", block):
            add(int(code, 16), target)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for first, last, target in re.findall(
                r"<([0-9A-Fa-f]{2})>\s*<([0-9A-Fa-f]{2})>\s*<([0-9A-Fa-f]{4})>", block):
            start = int(target, 16)
            for offset, code in enumerate(range(int(first, 16), int(last, 16) + 1)):
                add(code, f"{start + offset:04x}")
    return codes


def _embedded_fonts(pages_root, base_names: set[str]) -> dict[str, list[_FontSource]]:
    """The embedded subsets of ``base_names`` used on the pages under ``pages_root``."""
    from pyhanko.pdf_utils import generic

    found: dict[str, list[_FontSource]] = {name: [] for name in base_names}
    seen: set = set()
    stack = [pages_root]
    while stack and len(seen) < 5000:
        node = stack.pop()
        if not isinstance(node, generic.DictionaryObject):
            continue
        if "/Kids" in node:
            stack.extend(node["/Kids"][i] for i in range(len(node["/Kids"])))
            continue
        try:
            fonts = node["/Resources"]["/Font"]
        except (KeyError, TypeError):
            continue
        for key in fonts:
            ref = fonts.raw_get(key)
            if not isinstance(ref, generic.IndirectObject) or ref.reference in seen:
                continue
            seen.add(ref.reference)
            font = ref.get_object()
            base = str(font.get("/BaseFont", "")).lstrip("/").split("+", 1)[-1]
            embedded = "/FontDescriptor" in font and "/FontFile2" in font["/FontDescriptor"]
            if base in found and embedded and font.get("/Subtype") == "/TrueType":
                codes = _to_unicode_codes(font)
                if codes:
                    found[base].append(_FontSource(ref, codes))
    return found


def _extra_fonts(writer, font: str, characters: str) -> list[_FontSource]:
    """Fonts for characters the document's subsets lack: reportlab embeds a subset of just
    those, which is copied into the update."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from reportlab.pdfgen import canvas as pdfcanvas

    buffer = io.BytesIO()
    page = pdfcanvas.Canvas(buffer, pagesize=(100, 100), pageCompression=1)
    page.setFont(font, 10)
    page.drawString(0, 50, characters)
    page.showPage()
    page.save()
    reader = PdfFileReader(io.BytesIO(buffer.getvalue()), strict=False)
    sources = _embedded_fonts(reader.root["/Pages"], {font})[font]
    return [_FontSource(writer.add_object(writer.import_object(source.ref.get_object())), source.codes)
            for source in sources]


def _appearance_content(writer, layout: _Layout) -> tuple[bytes, dict[str, object]]:
    """The stamp's drawing operators and the fonts they name. The text uses the fonts the
    report already embeds; only characters none of them has bring a small subset of their own."""
    from .pdf import FONT, FONT_BOLD

    sources = _embedded_fonts(writer.root["/Pages"], {FONT, FONT_BOLD})
    for font in (FONT, FONT_BOLD):
        missing = sorted({c for line in layout.lines if line.font == font for c in line.text
                          if not any(c in source.codes for source in sources[font])})
        if missing:
            sources[font] += _extra_fonts(writer, font, "".join(missing))
    names: dict[int, str] = {}
    fonts: dict[str, object] = {}

    def resource(source: _FontSource) -> str:
        if id(source) not in names:
            names[id(source)] = f"/StampF{len(names)}"
            fonts[names[id(source)]] = source.ref
        return names[id(source)]

    def rgb(colour: str) -> str:
        return " ".join(f"{int(colour[i:i + 2], 16) / 255:.3f}" for i in (1, 3, 5))

    ops = [f"{rgb(colour)} rg {x:.2f} {y:.2f} {w:.2f} {h:.2f} re f" for x, y, w, h, colour in layout.rects]
    for line in layout.lines:
        ops.append(f"BT {rgb(line.colour)} rg 1 0 0 1 {line.x:.2f} {line.y:.2f} Tm")
        current = None
        run = b""
        for char in line.text:
            source = next((s for s in sources[line.font] if char in s.codes), None)
            if source is None:  # not even DejaVu has it: left out rather than a wrong glyph
                continue
            if source is not current:
                if run:
                    ops.append(f"<{run.hex()}> Tj")
                ops.append(f"{resource(source)} {line.size:g} Tf")
                current, run = source, b""
            run += bytes([source.codes[char]])
        if run:
            ops.append(f"<{run.hex()}> Tj")
        ops.append("ET")
    return ("\n".join(ops) + "\n").encode("ascii"), fonts


# --- verifying -------------------------------------------------------------------------------

@dataclass(frozen=True)
class SignatureInfo:
    """One digital signature in the PDF, as the validator sees it."""

    field: str  # "president", "secretary" or another field name
    signer: str  # the certificate's common name
    signing_time: dt.datetime | None  # as the signer's computer said (no time-stamp authority)
    intact: bool  # the signed bytes are unchanged and the cryptographic signature is valid
    covers_whole_file: bool  # nothing was added after this signature
    later_changes_allowed: bool  # what was added after it is only what the strict policy allows
    trusted: bool  # the certificate chains to a trusted root (required of both roles for ``ok``)
    detail: str = ""  # the validator's summary, for the curious
    changes: tuple[Text, ...] = ()  # what changed after it, when that was refused
    changed_revision: int | None = None  # in which update of the file (the export is 0)
    kind: str = "signature"  # or "timestamp": a document time-stamp, by a time-stamp authority

    @property
    def ok(self) -> bool:
        return self.intact and (self.covers_whole_file or self.later_changes_allowed)


OUTCOME_OK, OUTCOME_INCOMPLETE, OUTCOME_BROKEN = "ok", "incomplete", "broken"
# Both roles signed and nothing is broken, but a signer's certificate does not chain to a
# trusted root: anyone can make a certificate named after the president, so who signed is not
# confirmed, and this is not "in order".
OUTCOME_UNTRUSTED = "untrusted"
KIND_SIGNATURE, KIND_TIMESTAMP = "signature", "timestamp"


@dataclass(frozen=True)
class VerifyResult:
    """What :func:`verify_pdf` found. :attr:`outcome` is the bottom line."""

    signatures: list[SignatureInfo]
    unsigned_fields: list[str]
    attachment_sha256: str | None  # of the embedded clusterReport.xml, None when absent
    metadata_sha256: str | None  # the full SHA-256 in the PDF's Keywords
    printed_fingerprint: str | None  # the grouped first 16 hex digits printed on page 1
    language: str = "nl"

    @property
    def metadata_matches(self) -> bool:
        return self.attachment_sha256 is not None and self.metadata_sha256 == self.attachment_sha256

    @property
    def printed_matches(self) -> bool:
        return (self.attachment_sha256 is not None
                and self.printed_fingerprint == grouped_fingerprint(self.attachment_sha256))

    @property
    def file_matches(self) -> bool:
        return self.metadata_matches and self.printed_matches

    def signature_of(self, role: str) -> SignatureInfo | None:
        """The signature in ``role``'s field, if there is one."""
        return next((s for s in self.signatures if s.field == role and s.kind == KIND_SIGNATURE), None)

    @property
    def missing_roles(self) -> list[str]:
        """The roles (in signing order) whose field holds no signature."""
        return [role for role in ROLES if self.signature_of(role) is None]

    @property
    def unexpected_signatures(self) -> list[SignatureInfo]:
        """Signatures outside the president's and secretary's fields, or a second one in a
        field: never made by Clusterverslag."""
        seen: set[str] = set()
        unexpected = []
        for signature in self.signatures:
            if signature.kind == KIND_TIMESTAMP:
                continue  # validation data, allowed after the signatures
            if signature.field not in ROLES or signature.field in seen:
                unexpected.append(signature)
            seen.add(signature.field)
        return unexpected

    @property
    def changes(self) -> list[tuple[int | None, tuple[Text, ...]]]:
        """What was changed after a signature and refused, once per update of the file."""
        found: dict[int | None, tuple[Text, ...]] = {}
        for signature in self.signatures:
            if signature.changes and signature.changed_revision not in found:
                found[signature.changed_revision] = signature.changes
        return sorted(found.items(), key=lambda item: -1 if item[0] is None else item[0])

    @property
    def broken(self) -> bool:
        """A signature broken, something changed after signing, a signature where none
        belongs, or the embedded file not the one fingerprinted."""
        return (not self.file_matches or any(not s.ok for s in self.signatures)
                or bool(self.unexpected_signatures))

    @property
    def outcome(self) -> str:
        """``ok`` only when both roles signed, every signature is intact and covers what it
        must, the embedded file matches, and both signers' certificates chain to a trusted
        root; ``broken`` for anything broken or changed; ``incomplete`` when all is intact so
        far but a role has not signed; ``untrusted`` when both signed and all is intact but a
        signer's certificate is not from a trusted authority."""
        if self.broken:
            return OUTCOME_BROKEN
        if self.missing_roles:
            return OUTCOME_INCOMPLETE
        if self.untrusted_signers:
            return OUTCOME_UNTRUSTED
        return OUTCOME_OK

    @property
    def ok(self) -> bool:
        return self.outcome == OUTCOME_OK

    @property
    def untrusted(self) -> list[SignatureInfo]:
        """Intact signatures (and time-stamps) whose certificate does not lead to a trusted root."""
        return [s for s in self.signatures if s.intact and not s.trusted]

    @property
    def untrusted_signers(self) -> list[SignatureInfo]:
        """The president's and the secretary's signatures (in signing order) whose certificate
        does not lead to a trusted root."""
        return [s for role in ROLES if (s := self.signature_of(role)) is not None and not s.trusted]


def verify_pdf(pdf: bytes, *, trust_roots: list[x509.Certificate] | None = None,
               extra_roots: list[x509.Certificate] | None = None) -> VerifyResult:
    """Each signature in ``pdf``, what was changed after it, and whether the embedded
    submission file matches the fingerprint the PDF carries (metadata and page 1).

    Changes after a signature are judged by :data:`.modification_policy.STRICT_POLICY`: only
    the secretary's signature after the president's, then validation data.
    ``trust_roots``: the root certificates to trust; by default Mozilla's list as shipped by
    ``certifi`` (read offline; it has no Belgian eID root, and no package reachable when this
    was written carries them: see the README); ``extra_roots`` are added to them
    (``verify --trust``). They decide ``trusted``, and so whether a file signed by both and
    intact is ``ok`` or ``untrusted``; ``intact`` and the coverage do not depend on them. Raises :class:`SigningError` when ``pdf``
    cannot be read as a PDF.
    """
    document = _open(pdf)
    roots = _default_trust_roots() if trust_roots is None else [_asn1(c) for c in trust_roots]
    roots = roots + [_asn1(c) for c in extra_roots or []]
    signatures = _signatures(document.reader, roots=roots)
    signed = {s.field for s in signatures}
    return VerifyResult(
        signatures=signatures,
        unsigned_fields=[name for name in document.fields if name not in signed],
        attachment_sha256=sha256_hex(document.attachment) if document.attachment is not None else None,
        metadata_sha256=document.metadata_sha256,
        printed_fingerprint=document.printed_fingerprint,
        language=document.language,
    )


_trust_roots_cache: list | None = None


def load_certificates(path: Path | str) -> list[x509.Certificate]:
    """The certificates in a PEM file (one or more) or a DER file, read with a bound.

    Raises :class:`.outside.OutsideFileError` when the file cannot be read (missing, not a
    regular file, larger than a certificate file may be) and ``ValueError`` when it holds no
    certificate.
    """
    data = read_outside_file(path, CERTIFICATE)
    if b"-----BEGIN CERTIFICATE-----" in data:
        certificates = x509.load_pem_x509_certificates(data)
    else:
        certificates = [x509.load_der_x509_certificate(data)]
    if not certificates:
        raise ValueError("no certificate")
    return certificates


def certificate_fingerprint(certificate: x509.Certificate) -> str:
    """The SHA-256 fingerprint of ``certificate`` as authorities publish it (``AB:CD:…``), for
    the user to compare before trusting a root."""
    from cryptography.hazmat.primitives import hashes

    return certificate.fingerprint(hashes.SHA256()).hex(":").upper()


def _default_trust_roots() -> list:
    """Mozilla's root certificates from ``certifi`` (a dependency of pyHanko's validator), as
    asn1crypto certificates; read once. No network, no operating-system store."""
    global _trust_roots_cache
    if _trust_roots_cache is None:
        roots = []
        try:
            import certifi
            from asn1crypto import pem
            from asn1crypto import x509 as asn1_x509

            data = Path(certifi.where()).read_bytes()
            for kind, _headers, der in pem.unarmor(data, multiple=True):
                if kind == "CERTIFICATE":
                    roots.append(asn1_x509.Certificate.load(der))
        except Exception:  # noqa: BLE001 - without a list nothing is trusted; all else still works
            roots = []
        _trust_roots_cache = roots
    return _trust_roots_cache


def _asn1(certificate):
    from asn1crypto import x509 as asn1_x509

    return asn1_x509.Certificate.load(_der(certificate))


def _signatures(reader, *, roots: list) -> list[SignatureInfo]:
    """Validate every signature offline against ``roots`` (asn1crypto certificates), which
    decide ``trusted`` and nothing else."""
    from pyhanko.sign.validation import async_validate_pdf_signature, async_validate_pdf_timestamp
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko_certvalidator import ValidationContext

    from .modification_policy import STRICT_POLICY

    usage = KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"},
                                match_all_key_usages=False)

    async def run() -> list[SignatureInfo]:
        found = []
        for embedded in reader.embedded_signatures:
            field_name = str(embedded.field_name)
            kind = KIND_TIMESTAMP if embedded.sig_object_type == "/DocTimeStamp" else KIND_SIGNATURE
            try:
                # An explicit context, offline: no fetching of certificates or revocation data.
                context = ValidationContext(trust_roots=roots, allow_fetching=False)
                if kind == KIND_TIMESTAMP:
                    status = await async_validate_pdf_timestamp(
                        embedded, validation_context=context, diff_policy=STRICT_POLICY)
                else:
                    status = await async_validate_pdf_signature(
                        embedded, signer_validation_context=context, key_usage_settings=usage,
                        diff_policy=STRICT_POLICY)
            except Exception as error:  # noqa: BLE001 - a damaged signature is simply not intact
                found.append(SignatureInfo(field_name, _signer_name(embedded), None, False, False,
                                           False, False, _detail(error), kind=kind))
                continue
            found.append(_info(field_name, status, kind))
        return found

    return asyncio.run(run())


def _der(certificate) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding

    return certificate.public_bytes(Encoding.DER) if hasattr(certificate, "public_bytes") else certificate.dump()


def _signer_name(embedded) -> str:
    try:
        return common_name(x509.load_der_x509_certificate(embedded.signer_cert.dump()))
    except Exception:  # noqa: BLE001
        return ""


def _info(field_name: str, status, kind: str = "signature") -> SignatureInfo:
    from pyhanko.sign.diff_analysis import DiffResult
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    from .modification_policy import ChangedAfterSigning

    try:
        signer = common_name(x509.load_der_x509_certificate(status.signing_cert.dump()))
    except Exception:  # noqa: BLE001
        signer = ""
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    diff = status.diff_result
    # The strict policy refuses whatever it does not allow: a DiffResult means allowed.
    allowed = (
        status.coverage == SignatureCoverageLevel.ENTIRE_REVISION
        and isinstance(diff, DiffResult)
        and status.docmdp_ok is not False
    )
    changes: tuple[Text, ...] = ()
    revision = None
    if not whole and not allowed:
        if isinstance(diff, ChangedAfterSigning):
            changes, revision = tuple(diff.changes), diff.revision
        elif status.coverage != SignatureCoverageLevel.ENTIRE_REVISION:
            changes = (MESSAGES["coverage"],)
    return SignatureInfo(
        field=field_name,
        signer=signer,
        signing_time=(getattr(status, "signer_reported_dt", None) if kind == KIND_SIGNATURE
                      else getattr(status, "timestamp", None)),
        intact=bool(status.intact and status.valid),
        covers_whole_file=whole,
        later_changes_allowed=whole or allowed,
        trusted=bool(status.trusted),
        detail=status.summary() if hasattr(status, "summary") else "",
        changes=changes,
        changed_revision=revision,
        kind=kind,
    )
