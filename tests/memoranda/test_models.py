import pytest
from django.db.models import ProtectedError
from django.utils import timezone

from memoranda.models import FrozenVersionError, Memorandum, MemorandumParty, MemorandumVersion, SignatureColumn
from tests.factories import OrganisationFactory, SignatoryFactory

pytestmark = pytest.mark.django_db


def test_deleting_an_organisation_or_signatory_used_by_a_memorandum_is_refused():
    memorandum = Memorandum.objects.create(title_en="MoU")
    signatory = SignatoryFactory()
    MemorandumParty.objects.create(memorandum=memorandum, organisation=signatory.organisation, position=0)
    SignatureColumn.objects.create(memorandum=memorandum, signatory=signatory, position=0)

    with pytest.raises(ProtectedError):
        signatory.delete()
    with pytest.raises(ProtectedError):
        OrganisationFactory._meta.model.objects.get(pk=signatory.organisation_id).delete()


def test_a_frozen_version_never_changes():
    memorandum = Memorandum.objects.create(title_en="MoU")
    version = MemorandumVersion.objects.create(memorandum=memorandum, number=1, frozen_at=timezone.now(), snapshot={})

    version.reason = "changed"
    with pytest.raises(FrozenVersionError):
        version.save()
    with pytest.raises(FrozenVersionError):
        version.delete()
    with pytest.raises(FrozenVersionError):
        MemorandumVersion.objects.filter(pk=version.pk).update(reason="x")


def test_every_element_gets_its_own_stable_uid():
    first = Memorandum.objects.create(title_en="A")
    second = Memorandum.objects.create(title_en="B")

    assert first.uid and second.uid and first.uid != second.uid
    assert Memorandum.objects.get(pk=first.pk).uid == first.uid
