"""Files a shelter might attach, made in memory: photos with metadata, scans, crafted images."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image
from pypdf import PdfWriter

GPS_IFD = 0x8825
MAKE, MODEL = 0x010F, 0x0110


def photo_with_location(fmt: str = "JPEG", size: tuple[int, int] = (64, 48)) -> bytes:
    """A photo carrying a GPS position, the camera's make and model, and a rotation flag."""
    image = Image.new("RGB", size, (200, 40, 40))
    exif = Image.Exif()
    exif[MAKE] = "MarkerCam"
    exif[MODEL] = "Phone-GPS-Model"
    exif[0x0112] = 6  # orientation: rotate 90° to show upright
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (13.0, 45.0, 30.0), 3: "E", 4: (100.0, 30.0, 15.0)})
    out = io.BytesIO()
    extra = {"pnginfo": _png_text("Comment", "taken at the compound gate")} if fmt == "PNG" else {}
    image.save(out, fmt, exif=exif.tobytes(), **extra)
    return out.getvalue()


def _png_text(key: str, value: str):
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text(key, value)
    return info


def pdf_scan(pages: int = 1) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def png_bomb(width: int = 100_000, height: int = 100_000) -> bytes:
    """A tiny PNG whose header claims a huge picture (a decompression bomb)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 1024))
            + chunk(b"IEND", b""))


def exif_of(data: bytes) -> dict:
    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        return {**dict(exif), **{f"gps{k}": v for k, v in exif.get_ifd(GPS_IFD).items()}, **image.info}
