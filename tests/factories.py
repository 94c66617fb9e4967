"""factory_boy factories shared by the whole test suite."""

import factory
from django.contrib.auth.models import Group

from cicadocs.accounts import roles
from cicadocs.accounts.models import User
from cicadocs.directory.models import FocalPoint, MemberState, Mission, Organisation, Signatory

PASSWORD = "correct-horse-battery"


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name_en = factory.Sequence(lambda n: f"Organisation {n}")
    name_ru = factory.Sequence(lambda n: f"Организация {n}")
    name_kk = factory.Sequence(lambda n: f"Ұйым {n}")
    short_name_en = factory.Sequence(lambda n: f"ORG{n}")
    short_name_ru = factory.Sequence(lambda n: f"ОРГ{n}")
    short_name_kk = factory.Sequence(lambda n: f"ҰЙМ{n}")
    kind = Organisation.Kind.INTERNATIONAL


class MemberStateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MemberState

    name_en = factory.Sequence(lambda n: f"State {n}")
    name_ru = factory.Sequence(lambda n: f"Государство {n}")
    name_kk = factory.Sequence(lambda n: f"Мемлекет {n}")
    iso_code = factory.Sequence(lambda n: f"{chr(65 + n // 26 % 26)}{chr(65 + n % 26)}")


class MissionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Mission

    member_state = factory.SubFactory(MemberStateFactory)
    city_en = "Ankara"
    city_ru = "Анкара"
    city_kk = "Анкара"


class SignatoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Signatory

    organisation = factory.SubFactory(OrganisationFactory)
    name_en = factory.Sequence(lambda n: f"Signatory {n}")
    name_ru = factory.Sequence(lambda n: f"Подписант {n}")
    name_kk = factory.Sequence(lambda n: f"Қол қоюшы {n}")
    title_en = "Secretary General"
    title_ru = "Генеральный секретарь"
    title_kk = "Бас хатшы"


class FocalPointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FocalPoint

    person = factory.Sequence(lambda n: f"Person {n}")
    organisation = factory.SubFactory(OrganisationFactory)
    email = factory.Sequence(lambda n: f"person{n}@example.org")


def _join(user, role):
    group, _created = Group.objects.get_or_create(name=role)
    user.groups.add(group)
    user.__dict__.pop("_cached_group_names", None)


class UserFactory(factory.django.DjangoModelFactory):
    """A user with no role; pass ``group=<role>`` to give one."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def group(self, create, extracted, **kwargs):
        if extracted:
            _join(self, extracted)


class SecretariatUserFactory(UserFactory):
    @factory.post_generation
    def group(self, create, extracted, **kwargs):
        _join(self, extracted or roles.SECRETARIAT)


class AdminUserFactory(UserFactory):
    is_staff = True
    is_superuser = True

    @factory.post_generation
    def group(self, create, extracted, **kwargs):
        _join(self, extracted or roles.ADMINS)


class DelegateFactory(UserFactory):
    member_state = factory.SubFactory(MemberStateFactory)

    @factory.post_generation
    def group(self, create, extracted, **kwargs):
        _join(self, extracted or roles.DELEGATES)
