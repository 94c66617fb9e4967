from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.utils import translation

from cicadocs.directory.models import FocalPoint, focal_point_replace
from tests.factories import FocalPointFactory, MemberStateFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def test_names_follow_the_active_language():
    organisation = OrganisationFactory(name_en="Office", name_ru="Управление", name_kk="Басқарма")

    with translation.override("ru"):
        assert organisation.name == "Управление"
    with translation.override("kk"):
        assert organisation.name == "Басқарма"
    with translation.override("en"):
        assert organisation.name == "Office"


def test_duplicate_short_name_in_any_language_is_a_validation_error():
    OrganisationFactory(short_name_en="UNOCT", short_name_ru="КТУ ООН")
    duplicate = OrganisationFactory.build(short_name_en="unoct", short_name_ru="Другое", short_name_kk="Басқа")

    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()

    assert "short_name_en" in error.value.message_dict


def test_iso_code_is_unique():
    MemberStateFactory(iso_code="KZ")

    with pytest.raises(IntegrityError):
        MemberStateFactory(iso_code="KZ")


def test_iso_code_must_be_two_letters():
    state = MemberStateFactory.build(iso_code="K1")

    with pytest.raises(ValidationError) as error:
        state.full_clean()

    assert "iso_code" in error.value.message_dict


def test_focal_point_represents_exactly_one_party():
    both = FocalPointFactory.build(member_state=MemberStateFactory(), organisation=OrganisationFactory())

    with pytest.raises(ValidationError):
        both.full_clean()


def test_replacing_a_focal_point_keeps_the_old_one_as_history():
    old = FocalPointFactory(active_from=date(2024, 1, 1))

    new = focal_point_replace(old=old, person="New Person", email="new@example.org", on=date(2025, 3, 1))

    old.refresh_from_db()
    assert old.active_until == date(2025, 2, 28)
    assert old.replaced_by == new
    assert new.organisation == old.organisation
    assert list(FocalPoint.objects.active(on=date(2025, 6, 1))) == [new]
    assert list(FocalPoint.objects.active(on=date(2024, 6, 1))) == [old]
