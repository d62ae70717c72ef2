"""Writes the TwiML that Twilio's official Python SDK's VoiceResponse produces for each case
that tests/twiml.rs builds with twilio_calls::twiml, as a fixture the test compares with.

    python3 tests/official_sdk/twiml.py tests/fixtures/twilio_python_twiml.json

Needs `pip install twilio==9.13.0`. CI reruns this script and fails if the committed fixture
no longer matches. Each case here has a twin of the same name in tests/twiml.rs.
"""

import json
import sys

import twilio
from twilio.twiml.voice_response import (
    Client, Conference, Connect, Dial, Gather, Hangup, Number, Queue, Reject, Sip, Start, Stop,
    Stream, VoiceResponse,
)

CB = "https://example.com/callback?a=1&b=2"
CASES = {}


def case(function):
    CASES[function.__name__] = function
    return function


@case
def empty():
    return VoiceResponse()


@case
def say_plain():
    r = VoiceResponse()
    r.say("Hello")
    return r


@case
def say_attributes():
    r = VoiceResponse()
    r.say("Bonjour", voice="Polly.Celine", language="fr-FR", loop=2)
    return r


@case
def say_escaping():
    r = VoiceResponse()
    r.say("Fish & chips <b>\"quoted\" 'single'", voice="a\"b'c&d<e>")
    return r


@case
def say_unicode():
    r = VoiceResponse()
    r.say("こんにちは 👋 Grüße", language="ja-JP", voice="Google.ja-JP-Neural2-B")
    return r


@case
def say_empty():
    r = VoiceResponse()
    r.say("")
    return r


@case
def play_url_and_digits():
    r = VoiceResponse()
    r.play("https://api.twilio.com/cowbell.mp3", loop=0)
    r.play(digits="wwww3")
    return r


@case
def pauses():
    r = VoiceResponse()
    r.pause(length=3)
    r.pause()
    return r


@case
def gather_every_attribute():
    r = VoiceResponse()
    g = Gather(input="dtmf speech", action=CB, method="GET", timeout=5, speech_timeout="auto",
               max_speech_time=30, profanity_filter=False, finish_on_key="#", num_digits=4,
               partial_result_callback="https://example.com/partial",
               partial_result_callback_method="POST", language="en-US", hints="yes, no",
               barge_in=True, action_on_empty_result=True, speech_model="phone_call",
               enhanced=True, debug=False)
    g.say("Enter your PIN", voice="alice")
    g.play("https://example.com/beep.wav")
    g.pause(length=1)
    r.append(g)
    return r


@case
def gather_seconds_and_no_finish_key():
    r = VoiceResponse()
    r.gather(speech_timeout=3, finish_on_key="", input="speech")
    return r


@case
def dial_a_number():
    r = VoiceResponse()
    r.dial("+14155551212")
    return r


@case
def dial_every_attribute():
    r = VoiceResponse()
    d = Dial(action=CB, method="GET", timeout=20, hangup_on_star=True, time_limit=600,
             caller_id="+15005550006", record="record-from-answer-dual", trim="trim-silence",
             recording_status_callback="https://example.com/rec",
             recording_status_callback_method="GET",
             recording_status_callback_event="in-progress completed absent",
             answer_on_bridge=True, ring_tone="uk", recording_track="both", sequential=True,
             recording_configuration_id="RCaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
             refer_url="https://example.com/refer", refer_method="GET",
             events="call-progress-events", passports="eyJhbGciOi.passport")
    d.number("+14155551212", send_digits="ww1234", url="https://example.com/whisper",
             method="POST", status_callback_event="initiated ringing answered completed",
             status_callback=CB, status_callback_method="GET",
             byoc="BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", machine_detection="DetectMessageEnd",
             machine_detection_timeout=45, machine_detection_speech_threshold=2400,
             machine_detection_speech_end_threshold=1200,
             machine_detection_silence_timeout=5000,
             amd_status_callback="https://example.com/amd", amd_status_callback_method="POST")
    r.append(d)
    return r


@case
def dial_client_sip_queue():
    r = VoiceResponse()
    d = Dial()
    c = Client("alice", url="https://example.com/client", method="GET",
               status_callback_event="answered", status_callback=CB,
               status_callback_method="POST")
    c.parameter(name="FirstName", value="Alice & Bob")
    d.append(c)
    d.sip("sip:bob@example.com;transport=tls", username="bob", password="s3cret",
          url="https://example.com/sip", method="POST", status_callback_event="completed",
          status_callback=CB, status_callback_method="GET", machine_detection="Enable",
          machine_detection_timeout=30, machine_detection_speech_threshold=2000,
          machine_detection_speech_end_threshold=1000, machine_detection_silence_timeout=4000,
          amd_status_callback="https://example.com/amd", amd_status_callback_method="GET")
    d.queue("support", url="https://example.com/about-to-connect", method="GET",
            reservation_sid="WRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            post_work_activity_sid="WAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
    r.append(d)
    return r


@case
def dial_conference():
    r = VoiceResponse()
    d = Dial()
    d.conference("Room 1234 ✓", muted=False, beep="onEnter", start_conference_on_enter=True,
                 end_conference_on_exit=False, wait_url="https://example.com/hold",
                 wait_method="GET", max_participants=10, record="record-from-start",
                 region="ie1", coach="CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", trim="do-not-trim",
                 recording_configuration_id="RCbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
                 event_callback_url="https://example.com/events", jitter_buffer_size="large",
                 participant_label="customer",
                 status_callback_event="start end join leave mute hold modify speaker announcement",
                 status_callback=CB, status_callback_method="POST",
                 recording_status_callback="https://example.com/rec",
                 recording_status_callback_method="GET",
                 recording_status_callback_event="completed")
    r.append(d)
    return r


@case
def record_every_attribute():
    r = VoiceResponse()
    r.record(action=CB, method="GET", timeout=10, finish_on_key="*#", max_length=3600,
             play_beep=False, trim="trim-silence",
             recording_status_callback="https://example.com/rec",
             recording_status_callback_method="POST",
             recording_status_callback_event="in-progress completed", transcribe=True,
             transcribe_callback="https://example.com/transcript",
             recording_configuration_id="RCcccccccccccccccccccccccccccccccc")
    return r


@case
def control_flow_verbs():
    r = VoiceResponse()
    r.redirect("https://example.com/next?x=1&y=\"2\"", method="GET")
    r.hangup()
    return r


@case
def reject_busy_and_plain():
    r = VoiceResponse()
    r.reject(reason="busy")
    r.reject()
    return r


@case
def queues():
    r = VoiceResponse()
    r.enqueue("support", action=CB, method="POST", wait_url="https://example.com/wait",
              wait_url_method="GET", workflow_sid="WWaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
              max_queue_size=50)
    r.leave()
    return r


@case
def media_streams():
    r = VoiceResponse()
    connect = Connect(action=CB, method="GET")
    s = Stream(url="wss://example.com/audio", name="agent", track="inbound_track",
               status_callback=CB, status_callback_method="POST")
    s.parameter(name="caller", value="+14155551212")
    s.parameter(name="note", value="line 1\nline 2\ttabbed")
    connect.append(s)
    r.append(connect)
    start = Start(action="https://example.com/started", method="POST")
    start.stream(url="wss://example.com/fork", name="fork", track="both_tracks",
                 audio_format="audio/x-mulaw", sample_rate=8000)
    start.stream(connector_name="my-connector", name="connector")
    r.append(start)
    stop = Stop()
    stop.stream(name="fork")
    r.append(stop)
    return r


@case
def ivr():
    r = VoiceResponse()
    r.say("Thanks for calling.", voice="Polly.Joanna", language="en-US")
    g = Gather(num_digits=1, action="https://example.com/menu", method="POST", timeout=3)
    g.say("Press 1 for sales, 2 for support.", loop=2)
    r.append(g)
    r.say("We did not get your choice. Goodbye!")
    r.pause(length=1)
    r.hangup()
    return r


@case
def transcription_and_siprec():
    r = VoiceResponse()
    start = Start(action=CB, method="POST")
    t = start.transcription(
        name="notes", track="both_tracks", status_callback_url=CB, status_callback_method="GET",
        inbound_track_label="caller", outbound_track_label="agent", partial_results=True,
        language_code="en-US", transcription_engine="google", profanity_filter=False,
        speech_model="telephony", hints="Twilio, Rust", enable_automatic_punctuation=True,
        intelligence_service="GAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
    t.parameter(name="tenant", value="acme & co")
    s = start.siprec(name="rec", connector_name="recorder", track="inbound_track",
                     status_callback=CB, status_callback_method="POST")
    s.parameter(name="k", value="v")
    r.append(start)
    stop = Stop()
    stop.transcription(name="notes")
    stop.siprec(name="rec")
    r.append(stop)
    return r


@case
def conversation_relay():
    r = VoiceResponse()
    connect = Connect(action=CB)
    relay = connect.conversation_relay(
        url="wss://example.com/relay", language="en-US", tts_language="en-US",
        transcription_language="en-US", tts_provider="ElevenLabs", voice="UgBBYS2sOqTuMpoF3BR0",
        transcription_provider="Deepgram", speech_model="nova-3-general", profanity_filter=True,
        dtmf_detection=True, welcome_greeting="Hi! How can I help?",
        welcome_greeting_interruptible="speech", interruptible="any", preemptible=False,
        partial_prompts=True, hints="Twilio", intelligence_service="GAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
        interrupt_sensitivity="high", debug="debugging speaker-events")
    relay.language(code="fr-FR", tts_provider="Google", voice="fr-FR-Neural2-A",
                   transcription_provider="Google", speech_model="telephony", hints="bonjour")
    relay.parameter(name="customer", value="42")
    r.append(connect)
    return r


@case
def hangup_and_reject_parameters():
    r = VoiceResponse()
    hangup = Hangup()
    hangup.parameter(name="reason", value="done")
    r.append(hangup)
    reject = Reject(reason="busy")
    reject.parameter(name="why", value="closed")
    r.append(reject)
    return r


@case
def extra_attributes():
    r = VoiceResponse(a="1")
    r.say("Hi", newParam="x")
    return r


def main(out_path):
    cases = {name: str(build()) for name, build in CASES.items()}
    with open(out_path, "w", encoding="utf-8") as out:
        json.dump({"generator": "tests/official_sdk/twiml.py", "twilio_python": twilio.__version__,
                   "cases": cases}, out, ensure_ascii=False, indent=1)
        out.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
