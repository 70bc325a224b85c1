/*
 * The study page's side of honest study hours (issue #3, C1/C2). The page only REPORTS what it sees — visible or
 * hidden, playing or paused, the playback rate and the video position — in a heartbeat every few seconds; the
 * server decides what is credited. The checks here (no skipping ahead on a first viewing, no playback above the
 * allowed rate) are for the learner's comfort: the server makes the same checks on every heartbeat.
 */
(function () {
  'use strict';
  var player = document.getElementById('player');
  if (!player) { return; }
  var ctx = player.dataset.context || '';
  var lesson = player.dataset.lesson;
  var kind = player.dataset.kind;
  var csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || '';
  var video = document.getElementById('video');
  var state = document.getElementById('state');
  var overlay = document.getElementById('presence');
  var session = null;
  var seq = 0;
  var timer = null;
  var furthest = 0;
  var firstViewing = false;
  var maxRate = 1;
  var pendingNonce = null;
  var stopped = false;

  function text(reason) {
    return player.getAttribute('data-msg-' + String(reason).toLowerCase()) || String(reason);
  }

  function say(message, tone) {
    state.textContent = message;
    state.className = 'state ' + (tone || '');
  }

  function api(method, path, body) {
    return fetch(ctx + '/api' + path, {
      method: method,
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf, 'Accept': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      keepalive: method === 'POST' && path.endsWith('/end')
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (json) {
        if (!r.ok) { var e = new Error(json.message || r.status); e.code = json.error; e.status = r.status; throw e; }
        return json;
      });
    });
  }

  function minutes(seconds) { return (Math.floor(seconds / 6) / 10).toFixed(1); }

  function show(counters) {
    document.getElementById('lessonMinutes').textContent = minutes(counters.lessonCreditedSeconds);
    document.getElementById('todayMinutes').textContent = minutes(counters.todayCreditedSeconds);
    if (counters.courseCreditHours !== undefined) {
      document.getElementById('courseHours').textContent = counters.courseCreditHours.toFixed(1);
    }
  }

  function visible() { return document.visibilityState === 'visible'; }

  function playing() {
    if (video) { return !video.paused && !video.ended && video.readyState > 2; }
    return true;
  }

  function beat() {
    if (!session || stopped) { return; }
    seq += 1;
    var report = {
      seq: seq, visible: visible(), playing: playing(),
      rate: video ? video.playbackRate : 1, position: video ? video.currentTime : null
    };
    api('POST', '/study/sessions/' + session + '/beats', report).then(function (b) {
      show(b);
      if (b.rewindTo !== null && b.rewindTo !== undefined && video) {
        furthest = b.rewindTo;
        video.currentTime = b.rewindTo;
      }
      if (b.challenge) { ask(b.challenge); }
      say(text(b.reason), b.reason === 'NONE' ? 'ok' : 'warn');
    }).catch(failed);
  }

  function failed(e) {
    if (e.code === 'study.takenOver' || e.code === 'study.sessionEnded' || e.code === 'study.sessionNotFound') {
      stopped = true;
      clearInterval(timer);
      if (video) { video.pause(); }
      say(e.message, 'error');
    } else if (e.status === undefined) {
      say(text('offline'), 'warn');
    } else {
      say(e.message, 'error');
    }
  }

  // presence check: the digits come as a picture from the server, with the check's nonce
  function ask(challenge) {
    if (pendingNonce === challenge.nonce) { return; }
    pendingNonce = challenge.nonce;
    document.getElementById('presenceImage').src = ctx + '/api/study/sessions/' + session + '/challenge/'
        + encodeURIComponent(challenge.nonce) + '?t=' + Date.now();
    document.getElementById('presenceError').textContent = '';
    var input = document.getElementById('presenceAnswer');
    input.value = '';
    overlay.hidden = false;
    input.focus();
  }

  document.getElementById('presenceForm').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var answer = document.getElementById('presenceAnswer').value.trim();
    api('POST', '/study/sessions/' + session + '/presence', { nonce: pendingNonce, answer: answer }).then(function (r) {
      if (r.passed) {
        overlay.hidden = true;
        pendingNonce = null;
        say(text('passed'), 'ok');
      } else if (r.challenge) {
        pendingNonce = null;
        ask(r.challenge);
        document.getElementById('presenceError').textContent = text('wrong');
      } else {
        overlay.hidden = true;
        pendingNonce = null;
        say(text('PRESENCE_FAILED'), 'error');
      }
    }).catch(failed);
  });

  // first viewing: the player does not let the learner jump past the furthest point (the server checks it too)
  if (video) {
    video.addEventListener('timeupdate', function () {
      if (!video.seeking && video.currentTime > furthest) { furthest = video.currentTime; }
    });
    video.addEventListener('seeking', function () {
      if (firstViewing && video.currentTime > furthest + 2) { video.currentTime = furthest; }
    });
    video.addEventListener('ratechange', function () {
      if (video.playbackRate > maxRate) { video.playbackRate = maxRate; }
    });
    ['play', 'pause', 'ended'].forEach(function (e) { video.addEventListener(e, function () { setTimeout(beat, 0); }); });
  }
  document.addEventListener('visibilitychange', function () { beat(); });
  window.addEventListener('pagehide', function () {
    if (session && !stopped) { api('POST', '/study/sessions/' + session + '/end').catch(function () {}); }
  });

  function launchScorm(launch) {
    var version = player.dataset.scormVersion;
    var settings = {
      lmsCommitUrl: ctx + '/api/scorm/' + encodeURIComponent(lesson),
      autocommit: true, autocommitSeconds: 10, dataCommitFormat: 'json',
      xhrHeaders: { 'X-CSRF-Token': csrf }, logLevel: 4
    };
    var saved = launch.cmiJson ? JSON.parse(launch.cmiJson) : null;
    var api12 = version === 'SCORM_12';
    var runtime = api12 ? new window.Scorm12API(settings) : new window.Scorm2004API(settings);
    var data = saved || {};
    if (api12) {
      data.core = data.core || {};
      var resume12 = data.core.exit === 'suspend' || !!data.suspend_data;
      delete data.core.exit; delete data.core.session_time;
      data.core.student_id = launch.learnerId; data.core.student_name = launch.learnerName;
      data.core.entry = resume12 ? 'resume' : 'ab-initio';
      runtime.loadFromJSON(data);
      window.API = runtime;
    } else {
      var resume04 = data.exit === 'suspend' || !!data.suspend_data;
      delete data.exit; delete data.session_time;
      data.learner_id = launch.learnerId; data.learner_name = launch.learnerName;
      data.entry = resume04 ? 'resume' : 'ab-initio';
      runtime.loadFromJSON(data);
      window.API_1484_11 = runtime;
    }
    var cut = launch.launch.search(/[?#]/);
    var path = cut < 0 ? launch.launch : launch.launch.substring(0, cut);
    var params = cut < 0 ? '' : launch.launch.substring(cut);
    document.getElementById('sco').src = ctx + '/media/scorm/' + encodeURIComponent(lesson) + '/'
        + path.split('/').map(encodeURIComponent).join('/') + params;
  }

  function start() {
    api('POST', '/study/lessons/' + encodeURIComponent(lesson) + '/sessions').then(function (s) {
      session = s.session;
      furthest = s.furthestPosition;
      firstViewing = s.firstViewing;
      maxRate = s.maxPlaybackRate;
      player.dataset.session = s.session;
      show({ lessonCreditedSeconds: s.lessonCreditedSeconds, todayCreditedSeconds: s.todayCreditedSeconds });
      if (video && s.furthestPosition > 0 && s.furthestPosition < s.lengthSeconds - 5) {
        video.addEventListener('loadedmetadata', function () { video.currentTime = s.furthestPosition; }, { once: true });
      }
      say(text('NONE'), 'ok');
      timer = setInterval(beat, s.heartbeatSeconds * 1000);
      if (kind === 'SCORM') {
        return api('GET', '/scorm/' + encodeURIComponent(lesson)).then(launchScorm);
      }
    }).catch(failed);
  }

  start();
}());
