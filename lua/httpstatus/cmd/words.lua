--- The command's own words around the library's texts, in each language it
-- speaks: the labels of a code's entry, the class names, the facts and the
-- requirement levels, the HTTP versions, nginx's line and how a section
-- reference is written. The lookup (`httpstatus 404`) and the reference page
-- (`httpstatus html`) both show these (through httpstatus.cmd.wording), so
-- they say them the same way; the page writes the English labels with a
-- capital letter. Korean follows
-- lua/httpstatus/locale/GLOSSARY.md (본문, 리다이렉트, 다시 시도,
-- 사용 중단(deprecated), 기본적으로 캐시할 수 있음).
-- Phrases and descriptions are the library's (hs.reason, hs.describe).
-- @module httpstatus.cmd.words

return {
  en = {
    class = "class", constant = "constant", reference = "reference", registry = "registry",
    facts = "facts", header = "header", headers = "header fields", old_name = "old name",
    old_names = "old names",
    classes = { informational = "informational", success = "success",
                redirection = "redirection", client_error = "client error",
                server_error = "server error" },
    fact = {
      cacheable = "cacheable by default", must_not_store = "must not be stored",
      retryable = "retryable", retry_after = "Retry-After meaningful",
      content = "content allowed", no_content = "no content", keeps_method = "keeps method",
      deprecated = "deprecated",
    },
    redirect = { permanent = "permanent redirect", temporary = "temporary redirect" },
    -- RFC 9110 15.4; RFC 10008 2.5: only POST may become GET on 301 and 302
    method = { preserved = "method preserved", to_get = "method changes to GET (QUERY too)",
               may_change = "POST may change to GET (QUERY kept)" },
    level = { must = "MUST", should = "SHOULD", may = "MAY" },
    -- a header line: the level and the fields ("MUST Allow")
    level_line = "{level} {fields}",
    when = "when {condition}", draft = "draft",
    -- the line of a code per HTTP version, and nginx's own status line
    versions = "versions", nginx = "nginx",
    wire = { h1x = "HTTP/1.x: {line}", h11 = "HTTP/1.1: {line}", h11_only = "HTTP/1.1 only: {line}",
             h2 = "HTTP/2 and HTTP/3: :status {code}, no reason phrase",
             no_h2 = "not in HTTP/2 or HTTP/3, which have no Upgrade",
             no_h10 = "never to an HTTP/1.0 client" },
    nginx_line = "{line} (nginx {version}'s own status line)",
    nginx_none = "{line} (nginx {version}'s own status line: no phrase)",
    -- "RFC 9110, Section 15.6.4" as the language writes it
    section = "{rfc}, Section {section}",
    -- a temporary registration past its listed expiry: by today's date only,
    -- or already in the registry snapshot the table follows
    expiry = {
      past_today = "past its listed expiry by today's date; the registry snapshot "
        .. "({snapshot}) predates that day, so a renewal or removal since would not show here",
      past_snapshot = "past its listed expiry in the registry snapshot ({snapshot})",
    },
  },
  ko = {
    class = "분류", constant = "상수", reference = "참조", registry = "등록",
    facts = "특성", header = "헤더", headers = "헤더", old_name = "이전 이름",
    old_names = "이전 이름",
    classes = { informational = "정보 응답", success = "성공", redirection = "리다이렉트",
                client_error = "클라이언트 오류", server_error = "서버 오류" },
    fact = {
      cacheable = "기본적으로 캐시할 수 있음", must_not_store = "캐시에 저장하면 안 됨",
      retryable = "다시 시도할 수 있음", retry_after = "Retry-After 헤더가 의미 있음",
      content = "본문 허용", no_content = "본문 없음", keeps_method = "메서드 유지",
      deprecated = "사용 중단(deprecated)",
    },
    redirect = { permanent = "영구 리다이렉트", temporary = "임시 리다이렉트" },
    method = { preserved = "메서드 유지", to_get = "메서드가 GET으로 바뀜(QUERY도)",
               may_change = "POST는 GET으로 바뀔 수 있음(QUERY는 유지)" },
    level = { must = "필수", should = "권장", may = "선택" },
    level_line = "{fields} ({level})",
    when = "{condition}", draft = "초안",
    versions = "HTTP 버전", nginx = "nginx",
    wire = { h1x = "HTTP/1.x: {line}", h11 = "HTTP/1.1: {line}", h11_only = "HTTP/1.1 전용: {line}",
             h2 = "HTTP/2·HTTP/3: :status {code}, 사유 구문 없음",
             no_h2 = "Upgrade가 없는 HTTP/2와 HTTP/3에서는 보낼 수 없음",
             no_h10 = "HTTP/1.0 클라이언트에는 보내지 않음" },
    nginx_line = "{line} (nginx {version} 자체 상태 줄)",
    nginx_none = "{line} (nginx {version} 자체 상태 줄, 사유 구문 없음)",
    section = "{rfc} {section}절",
    expiry = {
      past_today = "오늘 기준으로 등록 만료일이 지났으나, 레지스트리 기준일({snapshot})이 "
        .. "그보다 앞서므로 그 뒤의 갱신이나 삭제는 여기에 나타나지 않음",
      past_snapshot = "레지스트리 기준일({snapshot})에 이미 등록 만료일이 지남",
    },
  },
}
