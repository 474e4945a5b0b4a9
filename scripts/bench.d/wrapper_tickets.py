"""Reads every ticket of "Big Project" with the original `assembla` 2.8.0 Python wrapper
against the sandbox at $SANDBOX_URL; prints the ticket count and the requests it sent."""
import os

import requests
from assembla import settings
from assembla.api import API

sent = 0
original = requests.Session.send


def counting(self, request, **kwargs):
    global sent
    sent += 1
    return original(self, request, **kwargs)


requests.Session.send = counting
settings.API_ROOT_PATH = os.environ["SANDBOX_URL"]
api = API(key="sandbox-key", secret="sandbox-secret")
space = [s for s in api.spaces() if s["name"] == "Big Project"][0]
print(len(space.tickets()), sent)
