"""What a file must pass before it is stored with a case, and the cleaning it gets on the way in.

Checked here with Pillow and pypdf, never Qt, so the CLI and the desktop app
refuse exactly the same files. Images are decoded fully and encoded again:
that drops every byte a crafted file could hide behind valid pixels, and with
it all metadata (EXIF GPS position, camera, time, XMP, comments, thumbnails).
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import PurePath

from ..domain.attachments import MediaType
from ..domain.errors import ValidationError
from ..domain.messages import Message, msg

MAX_BYTES = 25 * 1024 * 1024
# A passport scan at 600 dpi is about 35 megapixels; far beyond this is a decompression bomb.
MAX_PIXELS = 80_000_000

_BY_SUFFIX = {".pdf": MediaType.PDF, ".jpg": MediaType.JPEG, ".jpeg": MediaType.JPEG, ".png": MediaType.PNG}
_PILLOW_FORMAT = {MediaType.JPEG: "JPEG", MediaType.PNG: "PNG"}
_LABEL = {MediaType.PDF: msg("Attachments", "a PDF document"), MediaType.JPEG: msg("Attachments", "a JPEG photo"),
          MediaType.PNG: msg("Attachments", "a PNG image")}
MB = 1048576


@dataclass(frozen=True)
class CleanFile:
    name: str
    media_type: MediaType
    content: bytes


def refused(problem: Message) -> ValidationError:
    """The file is refused: why, and that nothing was stored."""
    return ValidationError({"file": msg("Attachments", "{problem} Nothing was stored.", problem=problem)})


def too_big(size: int, max_bytes: int) -> Message:
    return msg("Attachments", "The file is {size} MB; the limit is {limit} MB. Scan at a lower resolution or split "
                              "the document.", size=round(size / MB, 1), limit=max_bytes // MB)


def sniff(data: bytes) -> MediaType | None:
    """The type the bytes themselves show (their magic number), whatever the file name says."""
    if data.startswith(b"%PDF-"):
        return MediaType.PDF
    if data.startswith(b"\xff\xd8\xff"):
        return MediaType.JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return MediaType.PNG
    return None


def claimed_type(name: str) -> MediaType:
    suffix = PurePath(name).suffix.lower()
    if suffix in (".heic", ".heif"):
        raise refused(msg("Attachments", "HEIC photos (the iPhone format) cannot be stored yet. Convert the photo "
                                         "to JPEG first (on the iPhone: Settings > Camera > Formats > Most "
                                         "Compatible), then add it again."))
    media_type = _BY_SUFFIX.get(suffix)
    if media_type is None:
        raise refused(msg("Attachments", "Only PDF, JPEG and PNG files can be attached (the file name must end in "
                                         ".pdf, .jpg, .jpeg or .png)."))
    return media_type


def clean(name: str, data: bytes, max_bytes: int = MAX_BYTES) -> CleanFile:
    """Check `data` against its name's type and return what may be stored, or raise ValidationError."""
    base = PurePath(name.replace("\\", "/")).name.strip()
    if not base:
        raise refused(msg("Attachments", "The file has no name."))
    media_type = claimed_type(base)
    if not data:
        raise refused(msg("Attachments", "The file is empty."))
    if len(data) > max_bytes:
        raise refused(too_big(len(data), max_bytes))
    actual = sniff(data)
    if actual is not media_type:
        found = _LABEL[actual] if actual else msg("Attachments", "not a PDF, JPEG or PNG file at all")
        raise refused(msg("Attachments", "The file's name says it is {claimed}, but its contents are {found}. Check "
                                         "that you chose the right file.", claimed=_LABEL[media_type], found=found))
    content = _clean_pdf(data) if media_type is MediaType.PDF else _clean_image(data, media_type)
    if len(content) > max_bytes:
        raise refused(msg("Attachments", "After cleaning, the image is larger than {limit} MB. Scan at a lower "
                                         "resolution.", limit=max_bytes // MB))
    return CleanFile(base, media_type, content)


def _clean_image(data: bytes, media_type: MediaType) -> bytes:
    from PIL import Image, ImageOps  # loaded on the first attachment, not at start-up

    fmt = _PILLOW_FORMAT[media_type]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[fmt]) as probe:
                width, height = probe.size  # read from the header: nothing decoded yet
                if width * height > MAX_PIXELS:
                    raise refused(msg("Attachments", "The image claims {width} × {height} pixels, far more than any "
                                                     "scan or photo needs; it may be crafted to exhaust memory.",
                                      width=width, height=height))
                probe.verify()
            with Image.open(io.BytesIO(data), formats=[fmt]) as image:
                image.load()
                upright = ImageOps.exif_transpose(image)  # keep the photo the right way up without its EXIF
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise refused(msg("Attachments", "The image has far more pixels than any scan or photo needs; it may be "
                                         "crafted to exhaust memory.")) from None
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError):
        raise refused(msg("Attachments", "The file is damaged or is not a valid {format} image.",
                          format=fmt)) from None
    if upright.mode not in ("RGB", "L", "RGBA", "LA", "P") or (fmt == "JPEG" and upright.mode != "L"):
        upright = upright.convert("RGB")
    icc = image.info.get("icc_profile")  # colours, not people: kept so scans print true
    upright.info = {}
    out = io.BytesIO()
    options: dict[str, object] = {"icc_profile": icc} if icc else {}
    if fmt == "JPEG":
        options["quality"] = 95
    upright.save(out, fmt, **options)
    return out.getvalue()


def _clean_pdf(data: bytes) -> bytes:
    from pypdf import PdfReader  # loaded on the first attachment, not at start-up
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise refused(msg("Attachments", "The PDF is protected by a password. Save an unprotected copy and add "
                                             "that instead."))
        if len(reader.pages) == 0:
            raise refused(msg("Attachments", "The PDF has no pages."))
        reader.pages[0].mediabox  # noqa: B018 (the first page must parse: it is the one previewed)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OSError):
        raise refused(msg("Attachments", "The file is damaged or is not a valid PDF document.")) from None
    # A PDF is kept byte for byte: a signed consent form must keep its signature.
    return data
