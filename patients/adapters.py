from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    """People join by invitation from their clinic, never by open sign-up."""

    def is_open_for_signup(self, request):
        return False
