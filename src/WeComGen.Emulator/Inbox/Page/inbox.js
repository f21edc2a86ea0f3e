'use strict';
// The emulator's inbox: polls /emulator/inbox and draws it. Everything a welcome holds is set as text
// (textContent), never as markup; a link is clickable only when it is http(s).
(() => {
  const main = document.getElementById('conversations');
  const form = document.getElementById('add-customer');
  const result = document.getElementById('add-result');
  let version = null;

  function el(tag, className, text) {
    const element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined && text !== null) element.textContent = String(text);
    return element;
  }

  function append(parent, ...children) {
    for (const child of children) if (child) parent.appendChild(child);
    return parent;
  }

  const webUrl = url => (/^https?:\/\//i.test(url || '') ? url : null);
  const seconds = t => (t >= 0 ? '+' : '') + t.toFixed(3) + ' s';

  // Media the emulator took are served by the emulator itself; anything else stays a placeholder.
  const localSrc = upload => (upload && /^\/emulator\/media\/[A-Za-z0-9_-]+$/.test(upload.src || '') ? upload.src : null);

  function size(bytes) {
    if (bytes < 1024) return bytes + ' B';
    if (bytes < 1024 * 1024) return (bytes / 1024).toFixed(1) + ' KB';
    return (bytes / (1024 * 1024)).toFixed(1) + ' MB';
  }

  function cover(label, source, upload) {
    const src = localSrc(upload);
    if (src) {
      const image = el('img', 'upload');
      image.src = src;
      image.alt = upload.name;
      return image;
    }
    // Remote covers (qpic.cn) and media_ids this emulator did not take are never fetched: a placeholder names them.
    return append(el('div', 'cover'), el('span', 'cover-label', label), source ? el('span', 'cover-source', source) : null);
  }

  const renderers = {
    text: m => el('div', 'bubble text', m.text),
    image: m => append(el('div', 'bubble card image'), cover('图片 image', m.picUrl || m.mediaId, m.upload)),
    link: m => {
      const card = el(webUrl(m.url) ? 'a' : 'div', 'bubble card link');
      if (webUrl(m.url)) {
        card.href = m.url;
        card.target = '_blank';
        card.rel = 'noopener noreferrer';
      }
      const body = append(el('div', 'link-body'), el('div', 'link-title', m.title), el('div', 'link-desc', m.desc || ''));
      return append(card, append(el('div', 'link-row'), body, cover('封面', m.picUrl)), el('div', 'link-url', m.url));
    },
    miniprogram: m => append(el('div', 'bubble card miniprogram'),
      el('div', 'mp-head', '小程序 mini program · ' + m.appId),
      el('div', 'mp-title', m.title),
      cover('封面 cover', m.mediaId, m.upload),
      el('div', 'mp-page', m.page)),
    video: m => append(el('div', 'bubble card video'),
      cover('▶ 视频 video', m.mediaId),
      m.upload ? append(el('div', 'video-info'), el('span', 'file-name', m.upload.name), el('span', 'file-size', size(m.upload.size))) : null),
    file: m => append(el('div', 'bubble card file'),
      el('div', 'file-icon', 'FILE'),
      append(el('div', 'file-body'),
        el('div', 'file-name', m.upload ? m.upload.name : m.mediaId),
        el('div', 'file-size', m.upload ? size(m.upload.size) : 'not uploaded to this emulator'))),
  };

  function message(m, from) {
    const render = renderers[m.type];
    const row = el('div', 'message message-' + m.type);
    return append(row, el('div', 'avatar', from.slice(0, 1).toUpperCase()), render ? render(m) : el('div', 'bubble', m.type));
  }

  function phone(conversation) {
    const customer = conversation.customer;
    const from = customer ? customer.userid : 'app';
    const screen = append(el('div', 'phone'),
      el('div', 'phone-title', customer ? (customer.name || customer.externalUserId) + ' · 欢迎语 from ' + customer.userid : 'welcome_code ' + conversation.code));
    const messages = el('div', 'messages');
    if (conversation.messages.length === 0) {
      messages.appendChild(el('p', 'waiting', conversation.delivered ? '' : 'No welcome delivered yet.'));
    }
    for (const m of conversation.messages) messages.appendChild(message(m, from));
    return append(screen, messages);
  }

  const marks = {
    Issued: 'issued', CallbackPushed: 'callback', CallbackAnswered: 'answered', SendAnswered: 'send', Delivered: 'delivered',
  };

  function eventClasses(e) {
    const classes = ['event', 'event-' + marks[e.kind]];
    if (e.kind === 'SendAnswered') classes.push(e.errcode === 0 ? 'ok' : 'refused');
    if (e.late) classes.push('late');
    if (e.repeated) classes.push('repeated');
    return classes.join(' ');
  }

  function timeline(conversation, validity) {
    const box = el('div', 'timeline');
    box.appendChild(el('div', 'timeline-title', 'welcome_code ' + conversation.code + (conversation.issued ? ' · valid ' + validity + ' s, once' : ' · never issued by this emulator')));
    const bar = append(el('div', 'bar'), el('span', 'bar-start', '0 s'), el('span', 'bar-end', validity + ' s'));
    for (const e of conversation.events) {
      const at = Math.max(0, Math.min(e.t / validity, 1.04));
      const mark = el('span', 'mark ' + eventClasses(e));
      mark.style.left = (at * 100 / 1.04).toFixed(2) + '%';
      mark.title = seconds(e.t) + ' ' + e.summary;
      bar.appendChild(mark);
    }
    box.appendChild(bar);

    const list = el('ol', 'events');
    for (const e of conversation.events) {
      const item = append(el('li', eventClasses(e)),
        el('span', 'event-time', seconds(e.t)),
        el('span', 'event-kind', marks[e.kind]),
        el('span', 'event-summary', e.summary),
        e.app ? el('span', 'event-app', e.app) : null,
        e.late ? el('span', 'flag', 'LATE') : null,
        e.repeated ? el('span', 'flag', 'AGAIN') : null);
      if (e.violations.length > 0) {
        const problems = el('ul', 'violations');
        for (const v of e.violations) problems.appendChild(el('li', null, v));
        item.appendChild(problems);
      }
      list.appendChild(item);
    }
    if (conversation.eventsDropped > 0) list.appendChild(el('li', 'event dropped', conversation.eventsDropped + ' later events not kept'));
    return append(box, list);
  }

  function conversationView(conversation, validity) {
    const customer = conversation.customer;
    const section = el('section', 'conversation' + (conversation.delivered ? ' is-delivered' : ''));
    const title = customer
      ? (customer.name ? customer.name + ' · ' : '') + customer.externalUserId + ' added by ' + customer.userid + (customer.state ? ' · state ' + customer.state : '')
      : 'welcome_code ' + conversation.code + ' (no customer)';
    section.appendChild(el('h2', null, title));
    return append(section, append(el('div', 'layout'), phone(conversation), timeline(conversation, validity)));
  }

  function render(state) {
    form.querySelector('button').disabled = !state.canAddCustomers;
    form.title = state.canAddCustomers ? '' : 'The emulator has no callback URL to push the customer to.';
    const views = state.conversations.map(c => conversationView(c, state.validity));
    if (views.length === 0) views.push(el('p', 'empty', 'No welcome code yet. Add a customer, or send one through the API.'));
    main.replaceChildren(...views);
    document.body.dataset.version = String(state.version);
  }

  async function refresh() {
    try {
      const response = await fetch('/emulator/inbox' + (version === null ? '' : '?since=' + version), { cache: 'no-store' });
      if (response.status === 200) {
        const state = await response.json();
        version = state.version;
        render(state);
      }
    } catch {
      // The emulator stopped: keep the last view.
    }
  }

  function newCustomerId() {
    form.elements.external_userid.value = 'wmInbox' + Date.now().toString(36);
  }

  form.addEventListener('submit', async event => {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const name of ['userid', 'external_userid', 'state']) {
      if (form.elements[name].value) query.set(name, form.elements[name].value);
    }
    try {
      const response = await fetch('/emulator/customer?' + query, { method: 'POST' });
      const answer = await response.json();
      result.textContent = answer.errcode === 0
        ? 'added; the callback was answered ' + (answer.callback_status || 'not at all') + ' ' + answer.callback_answer
        : answer.errcode + ' ' + answer.errmsg;
      if (answer.errcode === 0) newCustomerId();
    } catch {
      result.textContent = 'the emulator did not answer';
    }
    refresh();
  });

  newCustomerId();
  refresh();
  setInterval(refresh, 1000);
})();
