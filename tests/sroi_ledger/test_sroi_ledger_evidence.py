"""Evidence documents: accepted types stored under DATA_DIR/evidence with their sha256; other
types, oversized files and files whose content does not match their name are refused."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sroi_builders import contract_values, placement

from werkbrug.sroi import services
from werkbrug.sroi.evidence import MAX_BYTES

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def _docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


@pytest.fixture
def entry(ledger: dict[str, Any]) -> Any:
    contract = services.create_contract(contract_values())
    return services.create_entry({"contract": contract.pk, "kind": "placement",
                                  "placement": placement("P-1", "CAN-1").pk})


def test_a_pdf_is_stored_under_data_dir_with_its_hash(entry: Any, settings: Any) -> None:
    document = services.add_evidence(entry.pk, "payslip", "loonstrook jan.pdf", PDF)
    assert document.sha256 == hashlib.sha256(PDF).hexdigest()
    stored = Path(document.file.path)
    assert stored.is_relative_to(Path(settings.DATA_DIR) / "evidence") and stored.read_bytes() == PDF
    assert "loonstrook" not in stored.name  # the file name may name a person; the hash does not
    assert document.content_type == "application/pdf" and document.size == len(PDF)
    assert entry.events.filter(action="evidence").count() == 1


def test_a_docx_is_accepted(entry: Any) -> None:
    assert services.add_evidence(entry.pk, "employment_contract", "contract.docx", _docx()).size > 0


@pytest.mark.parametrize(("name", "data", "code"), [
    ("script.exe", b"MZ\x90\x00", "file_type"),
    ("notes.txt", b"hello", "file_type"),
    ("fake.pdf", b"MZ\x90\x00 not a pdf", "file_content"),
    ("fake.docx", b"PK\x03\x04 broken zip", "file_content"),
    ("huge.pdf", b"%PDF-" + b"0" * MAX_BYTES, "file_too_large"),
    ("empty.png", b"", "file_empty"),
])
def test_other_files_are_refused_with_a_clear_error(entry: Any, name: str, data: bytes, code: str) -> None:
    with pytest.raises(services.EvidenceRefused) as refused:
        services.add_evidence(entry.pk, "other", name, data)
    assert refused.value.code == code and refused.value.field == "file"
    assert refused.value.message.nl and refused.value.message.en
    assert not entry.evidence.exists()


def test_an_unknown_document_type_is_refused(entry: Any) -> None:
    with pytest.raises(services.EvidenceRefused) as refused:
        services.add_evidence(entry.pk, "selfie", "a.pdf", PDF)
    assert refused.value.field == "document_type"
