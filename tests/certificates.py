"""Certificates for the signing tests, made with ``cryptography``: a test CA and certificates
it issues (any validity window, any key usage), saved as password-protected PKCS#12 files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

NOW = dt.datetime.now(dt.timezone.utc)


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "BE"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def key_usage(*, sign: bool = False, cert_sign: bool = False) -> x509.KeyUsage:
    """digitalSignature + nonRepudiation (like the eID's signature certificate) with ``sign``;
    keyCertSign + cRLSign with ``cert_sign``."""
    return x509.KeyUsage(digital_signature=sign, content_commitment=sign, key_encipherment=False,
                         data_encipherment=False, key_agreement=False, key_cert_sign=cert_sign,
                         crl_sign=cert_sign, encipher_only=False, decipher_only=False)


class Pki:
    """A test certificate authority."""

    def __init__(self):
        self.ca_key = ec.generate_private_key(ec.SECP256R1())
        self.ca = (
            x509.CertificateBuilder().subject_name(_name("Clusterverslag Test CA"))
            .issuer_name(_name("Clusterverslag Test CA")).public_key(self.ca_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(NOW - dt.timedelta(days=30)).not_valid_after(NOW + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(key_usage(cert_sign=True), critical=True)
            .sign(self.ca_key, hashes.SHA256())
        )

    def issue(self, common_name: str, *, key=None, before: dt.timedelta = dt.timedelta(days=-1),
              after: dt.timedelta = dt.timedelta(days=365), usage: x509.KeyUsage | None = None):
        """A key (EC P-256 unless given) and its certificate, valid from NOW + ``before`` to
        NOW + ``after``."""
        key = key or ec.generate_private_key(ec.SECP256R1())
        certificate = (
            x509.CertificateBuilder().subject_name(_name(common_name)).issuer_name(self.ca.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(NOW + before).not_valid_after(NOW + after)
            .add_extension(usage or key_usage(sign=True), critical=True)
            .sign(self.ca_key, hashes.SHA256())
        )
        return key, certificate

    def p12(self, path: Path, key, certificate, password: bytes) -> Path:
        """``key`` and ``certificate`` (with the CA) as a PKCS#12 file locked by ``password``."""
        path.write_bytes(pkcs12.serialize_key_and_certificates(
            b"signer", key, certificate, [self.ca], serialization.BestAvailableEncryption(password)))
        return path
