"""Fixtures of the briefing-book tests."""

from __future__ import annotations

import pytest

from nals_desktop.briefing import BookContent, BookRequest

from .bookdata import make_content, make_request


@pytest.fixture
def content() -> BookContent:
    return make_content()


@pytest.fixture
def book_request() -> BookRequest:
    return make_request()
