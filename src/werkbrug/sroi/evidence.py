"""Evidence documents of an entry: type and size checked, content hashed, stored under
DATA_DIR/evidence. The type is judged on the file's own first bytes as well as its name, so a
renamed executable is refused."""

from __future__ import annotations

import hashlib
import zipfile
from typing import IO, Any

from django.core.files.base import ContentFile
from django.db import transaction
from django.http import Http404, HttpResponse

from werkbrug.domain.errors import Message
from werkbrug.sroi.entries import record_event
from werkbrug.sroi.models import DOCUMENT_TYPES, Entry, Evidence

MAX_BYTES = 10 * 1024 * 1024
TYPES = {  # extension -> (content type, first bytes)
    "pdf": ("application/pdf", (b"%PDF-",)),
    "png": ("image/png", (b"\x89PNG\r\n\x1a\n",)),
    "jpg": ("image/jpeg", (b"\xff\xd8\xff",)),
    "jpeg": ("image/jpeg", (b"\xff\xd8\xff",)),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (b"PK\x03\x04",)),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", (b"PK\x03\x04",)),
}
_OFFICE_PART = {"xlsx": "xl/", "docx": "word/"}


class EvidenceRefused(Exception):
    """The document is refused; ``field`` names the part of the upload that is wrong."""

    def __init__(self, field: str, code: str, message: Message):
        self.field, self.code, self.message = field, code, message
        super().__init__(str(message))


def _extension(name: str) -> str:
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _office_ok(data: bytes, extension: str) -> bool:
    import io

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
    except zipfile.BadZipFile:
        return False
    return "[Content_Types].xml" in names and any(n.startswith(_OFFICE_PART[extension]) for n in names)


def check_document(name: str, data: bytes) -> str:
    """The content type of an acceptable document; EvidenceRefused otherwise."""
    extension = _extension(name)
    allowed = "pdf, png, jpg, xlsx, docx"
    if extension not in TYPES:
        raise EvidenceRefused("file", "file_type", Message(
            f"bestandstype '.{extension}' wordt niet aanvaard; toegestaan: {allowed}",
            f"file type '.{extension}' is not accepted; allowed: {allowed}"))
    if len(data) > MAX_BYTES:
        raise EvidenceRefused("file", "file_too_large", Message(
            f"bestand is {len(data) / 1048576:.1f} MB; maximaal 10 MB",
            f"file is {len(data) / 1048576:.1f} MB; at most 10 MB"))
    if len(data) == 0:
        raise EvidenceRefused("file", "file_empty", Message("bestand is leeg", "file is empty"))
    content_type, magics = TYPES[extension]
    if not data.startswith(magics) or (extension in _OFFICE_PART and not _office_ok(data, extension)):
        raise EvidenceRefused("file", "file_content", Message(
            f"de inhoud is geen geldig .{extension}-bestand", f"the content is not a valid .{extension} file"))
    return content_type


def evidence_download(document: Evidence) -> HttpResponse:
    """The stored document as an attachment under a neutral name (the client's file name often
    holds a person's name); at most 10 MB, so read whole. The caller decides and audits."""
    if not document.file:  # removed at the end of its retention period (security.retention_sets)
        raise Http404("bewijsstuk verwijderd na de bewaartermijn / evidence deleted after its retention period")
    with document.file.open("rb") as handle:
        data = handle.read()
    response = HttpResponse(data, content_type=document.content_type)
    response["Content-Disposition"] = f'attachment; filename="bewijs-{document.entry_id}-{document.pk}.' \
                                      f'{_extension(document.file.name)}"'
    response["Cache-Control"] = "no-store"
    return response


def read_limited(stream: IO[bytes]) -> bytes:
    """Read at most one byte past the limit, so a huge upload is not read into memory whole."""
    return stream.read(MAX_BYTES + 1)


@transaction.atomic
def add_evidence(entry_id: int, document_type: str, name: str, data: bytes, actor: Any = None) -> Evidence:
    if document_type not in DOCUMENT_TYPES:
        raise EvidenceRefused("document_type", "unknown_code", Message(
            f"kies uit {', '.join(DOCUMENT_TYPES)}", f"choose from {', '.join(DOCUMENT_TYPES)}"))
    content_type = check_document(name, data)
    entry = Entry.objects.select_for_update().get(pk=entry_id)
    digest = hashlib.sha256(data).hexdigest()
    # The stored name is the hash: the client's file name (often a person's name) stays in the row only.
    stored = f"{digest}.{_extension(name)}"
    document = Evidence(entry=entry, document_type=document_type, original_name=name[-200:],
                        content_type=content_type, size=len(data), sha256=digest,
                        uploaded_by=actor if getattr(actor, "pk", None) else None)
    document.file.save(stored, ContentFile(data), save=False)
    document.save()
    record_event(entry, "evidence", actor, entry.status, f"{document_type} sha256:{digest[:12]}")
    return document
