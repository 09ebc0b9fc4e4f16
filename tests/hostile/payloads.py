"""Expensive or odd bodies for the hostile site, built lazily and cached once per process.

Compression bombs are assembled, not compressed from a gigabyte in memory: a 1 MiB block of
html-ish filler is deflated once ending in a full flush (which resets the compressor, so every
repeat of the block compresses to the same bytes), then repeated and closed with the right
checksum. Brotli and zstd streams are compressed block by block at a fast level.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import random
import ssl
import struct
import tempfile
import threading
import zlib
from functools import cache
from pathlib import Path

__all__ = ["BLOCK", "binary_blob", "bomb", "document", "huge_robots", "tls_context", "truncated_gzip"]

#: The html-ish filler every bomb and oversized body repeats (exactly 1 MiB).
BLOCK = (b"<p>tin tuc so ha</p>\n" * 50_000)[: 1 << 20]

_lock = threading.Lock()
_bombs: dict[tuple[str, int], bytes] = {}


def _deflate_raw(mib: int) -> tuple[bytes, bytes]:
    """(raw deflate stream of ``mib`` blocks, the final empty block)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    segment = comp.compress(BLOCK) + comp.flush(zlib.Z_FULL_FLUSH)
    return segment * mib, comp.flush(zlib.Z_FINISH)


def _gzip_bomb(mib: int) -> bytes:
    stream, final = _deflate_raw(mib)
    crc = 0
    for _ in range(mib):
        crc = zlib.crc32(BLOCK, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"  # no name, mtime 0: deterministic
    return header + stream + final + struct.pack("<II", crc, (mib << 20) & 0xFFFFFFFF)


def _zlib_bomb(mib: int) -> bytes:
    stream, final = _deflate_raw(mib)
    adler = 1
    for _ in range(mib):
        adler = zlib.adler32(BLOCK, adler)
    return b"\x78\xda" + stream + final + struct.pack(">I", adler)


def _brotli_bomb(mib: int) -> bytes:
    import brotli

    comp = brotli.Compressor(quality=1)  # quality 1: ~0.3 s per GiB, ~270 KB on the wire
    return b"".join(comp.process(BLOCK) for _ in range(mib)) + comp.finish()


def _zstd_bomb(mib: int) -> bytes:
    import zstandard

    comp = zstandard.ZstdCompressor(level=3).compressobj()  # one frame: some decoders stop at the first
    return b"".join(comp.compress(BLOCK) for _ in range(mib)) + comp.flush()


def bomb(kind: str, mib: int) -> bytes:
    """A body that decodes to ``mib`` MiB under ``Content-Encoding`` ``kind``:
    "gzip", "deflate", "br", "zstd" or "gzip, gzip" (gzip applied twice)."""
    with _lock:  # one build per (kind, size) even when a crawler asks for all five at once
        key = (kind, mib)
        if key not in _bombs:
            if kind == "gzip, gzip":
                comp = zlib.compressobj(9, zlib.DEFLATED, 31)
                inner = _bombs.get(("gzip", mib)) or _gzip_bomb(mib)
                _bombs[key] = comp.compress(inner) + comp.flush()
            else:
                builders = {"gzip": _gzip_bomb, "deflate": _zlib_bomb, "br": _brotli_bomb, "zstd": _zstd_bomb}
                _bombs[key] = builders[kind](mib)
        return _bombs[key]


def truncated_gzip(body: bytes) -> bytes:
    """A gzip stream of ``body`` cut in the middle (valid header, no end, no trailer)."""
    comp = zlib.compressobj(6, zlib.DEFLATED, 31)
    whole = comp.compress(body) + comp.flush()
    return whole[: len(whole) // 2]


@cache
def binary_blob(size: int = 48_000, seed: int = 45101) -> bytes:
    """PNG signature and IHDR, then seeded random bytes: binary served as text/html."""
    rng = random.Random(seed)
    ihdr = b"IHDR" + struct.pack(">IIBBBBB", 640, 480, 8, 2, 0, 0, 0)
    head = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + ihdr + struct.pack(">I", zlib.crc32(ihdr))
    return head + rng.randbytes(size - len(head))


@cache
def huge_robots(total: int = 5 << 20, comments: int = 1 << 20) -> bytes:
    """robots.txt of ``total`` bytes whose only rule follows ``comments`` bytes of comments."""
    line = b"# Tep nay duoc sinh tu dong boi he thong quan tri noi dung, vui long khong chinh sua.\n"
    pad = line * (comments // len(line) + 1)  # whole lines, just over ``comments`` bytes
    rule = b"User-agent: *\nDisallow: /khong-vao/\n"
    tail_len = total - len(pad) - len(rule)
    tail = (line * (tail_len // len(line) + 1))[:tail_len]
    tail = tail[: tail.rfind(b"\n") + 1]
    return pad + rule + tail + b"#" * (total - len(pad) - len(rule) - len(tail) - 1) + b"\n"


_tls: ssl.SSLContext | None = None


def tls_context() -> ssl.SSLContext:
    """A server context with a self-signed certificate for 127.0.0.1, generated once per process."""
    global _tls
    with _lock:
        if _tls is None:
            _tls = _make_tls_context()
        return _tls


def _make_tls_context() -> ssl.SSLContext:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())  # milliseconds, where RSA takes ~100 ms
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "So Ha hostile test portal")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                        x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .sign(key, hashes.SHA256()))
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    with tempfile.TemporaryDirectory() as tmp:  # load_cert_chain reads files only
        cert_file, key_file = Path(tmp, "cert.pem"), Path(tmp, "key.pem")
        cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
        ctx.load_cert_chain(cert_file, key_file)
    return ctx


def scripted_svg() -> bytes:
    """An SVG "photo" that runs script when a browser opens it as a document."""
    return (b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" '
            b'onload="document.title=\'p1-svg-ran\'"><script>window.p1SvgRan = 1</script>'
            b'<rect width="10" height="10" fill="red"/></svg>')


#: The text of D1's good documents (a phrase the search must find only there).
D1_PHRASE = "biên bản nghiệm thu công trình kè chống sạt lở bờ sông Hương đoạn qua phường Kim Long"


@cache
def document(kind: str) -> bytes:
    """D1's attached documents (tests/hostile/cases.py): good ones for control, and each way a
    document can be hostile."""
    from crawler.demo import documents as docs

    lines = (D1_PHRASE + ".", "Hội đồng nghiệm thu gồm đại diện Sở Xây dựng và Ủy ban nhân dân phường.")
    if kind == "good":
        return docs.text_pdf("Biên bản nghiệm thu", lines)
    if kind == "docx":
        return docs.docx(("Phụ lục khối lượng", *lines))
    if kind == "malformed":  # a PDF header, then nothing a reader can follow
        return b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" + binary_blob(4000)
    if kind == "encrypted":
        return docs.encrypted_pdf(docs.text_pdf("Tài liệu mật", lines))
    if kind == "zip_bomb":  # ~100 KB that would inflate to 100 MB
        return docs.docx_bomb("Phụ lục", inflated=100 << 20)
    if kind == "xml_entities":  # billion laughs in a worksheet
        laughs = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
        sheet = ('<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY lol0 "lol">' + laughs + "]>"
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
                 "</sheetData></worksheet>")
        import io
        import zipfile

        good = docs.xlsx([["Bảng giá"]])
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for info in src.infolist():
                data = sheet.encode() if info.filename == "xl/worksheets/sheet1.xml" else src.read(info)
                z.writestr(info.filename, data)
        return out.getvalue()
    if kind == "slow":  # 12 KB on the wire; a million text operators on one page to parse
        content = zlib.compress(b"BT /F1 11 Tf 50 800 Td " + b"(x) Tj " * 1_000_000 + b"ET", 9)
        return docs._pdf([
            b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            docs._stream(content, b"/Filter /FlateDecode "),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"])
    raise ValueError(kind)
