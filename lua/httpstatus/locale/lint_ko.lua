-- luacheck: no max line length
-- Korean messages of hs.lint's findings, by rule id (the English ones are
-- in httpstatus.lint_catalog; `{name}` is filled in the same way), and the
-- Korean of the English words other modules put in them: the parsers'
-- details (keyed by their English text, as ko.lua keys the conditions),
-- the kinds of RFC 9457 members, the registry's states. Terms follow
-- GLOSSARY.md beside this file: 헤더, 본문, 사유 구문, 캐시, 최종 응답.
-- @internal: not part of the API (docs/design.md, "Public and internal modules").
return {
  messages = {
    ["status-line-syntax"] = "상태 줄 {line}은(는) HTTP-version SP status-code SP reason-phrase 형식이 아닙니다",
    ["status-line-no-space"] = "상태 줄의 상태 코드 뒤에 공백이 없습니다. 문법을 따르는 파서는 이 줄을 거부합니다",
    ["version-syntax"] = "{version}은(는) HTTP-version(\"HTTP/\" DIGIT \".\" DIGIT, 대문자)이 아닙니다",
    ["version-unknown"] = "HTTP/{version}은(는) HTTP/1.x 메시지가 쓰는 버전(1.0, 1.1)이 아닙니다",
    ["status-code-range"] = "{value}은(는) 상태 코드(100부터 599까지의 세 자리 수)가 아닙니다",
    ["reason-phrase-chars"] = "사유 구문에 CR, LF, NUL 또는 다른 제어 문자가 있습니다",
    ["status-unregistered"] = "{code}은(는) IANA 레지스트리에 없는 코드입니다{vendors}",
    ["status-unused"] = "{code}({reason})은(는) 예약만 되어 있고 쓰이지 않는 코드입니다. 다른 코드를 보내십시오",
    ["status-obsoleted"] = "{code}({reason})은(는) {status} 코드입니다",
    ["reason-stale"] = "\"{phrase}\"은(는) {code}의 이전 이름입니다. 레지스트리의 이름은 \"{reason}\"입니다",
    ["reason-other-code"] = "사유 구문 \"{phrase}\"은(는) {code}이(가) 아니라 {other}의 이름입니다",

    ["content-length-with-transfer-encoding"] = "Content-Length와 Transfer-Encoding을 함께 보내면 안 됩니다",
    ["content-length-syntax"] = "Content-Length {value}은(는) 바이트 수를 나타내는 십진수가 아닙니다",
    ["content-length-conflict"] = "Content-Length에 서로 다른 값({value})이 있습니다",
    ["content-length-repeated"] = "Content-Length가 여러 번 있습니다({value})",
    ["content-length-mismatch"] = "Content-Length는 {value}인데 본문은 {length}바이트입니다",
    ["content-length-forbidden"] = "{what}에는 Content-Length를 보내면 안 됩니다",
    ["transfer-encoding-forbidden"] = "{what}에는 Transfer-Encoding을 보내면 안 됩니다",
    ["reset-content-framing"] = "205에는 본문이 없습니다. Content-Length: 0을 보내거나 아무것도 보내지 마십시오. Transfer-Encoding이나 0보다 큰 길이는 안 됩니다",
    ["chunked-not-last"] = "chunked가 마지막 전송 코딩이 아닙니다({value}). 이 응답은 연결이 닫혀야 끝납니다",
    ["chunked-twice"] = "chunked를 두 번 이상 적용했습니다({value})",
    ["transfer-encoding-http10"] = "HTTP/1.0 응답에 Transfer-Encoding이 있습니다. HTTP/1.0 수신자는 이 헤더를 모릅니다",
    ["transfer-coding-unknown"] = "{value}은(는) 등록된 전송 코딩이 아닙니다",
    ["chunked-malformed"] = "chunked 본문이 중간에 끊깁니다: {detail}",
    ["content-not-allowed"] = "{what}에는 본문이 있으면 안 되는데 {length}바이트가 뒤따릅니다",
    ["unframed-without-close"] = "Content-Length도 chunked도 없는 HTTP/1.1 응답은 연결이 닫혀야 끝납니다. Content-Length나 \"Connection: close\"를 보내십시오",
    ["no-final-response"] = "마지막 응답이 {code}입니다. 1xx 중간 응답 뒤에는 언제나 최종 응답이 와야 합니다",
    ["head-incomplete"] = "헤더 부분이 빈 줄로 끝나지 않습니다",
    ["line-ending-lf"] = "줄이 CRLF가 아니라 LF로만 끝납니다. 관대한 수신자만 이를 받아들입니다",

    ["field-name-token"] = "헤더 이름 {value}은(는) 토큰이 아닙니다",
    ["field-value-chars"] = "{field} 헤더 값에 보낼 수 없는 값이 있습니다(CR, LF, NUL, 제어 문자 또는 문자열이나 숫자가 아닌 값)",
    ["field-obs-fold"] = "{field} 헤더가 다음 줄로 접혀 있습니다(obs-fold). 보내는 쪽은 이렇게 하면 안 됩니다",
    ["field-space-before-colon"] = "헤더 이름 {field}와(과) 콜론 사이에 공백이 있습니다",
    ["field-line-syntax"] = "{value} 줄은 헤더 줄이 아닙니다(콜론이 없습니다)",
    ["field-repeated"] = "{field} 헤더가 {count}번 있습니다. 이 헤더는 값을 하나만 가집니다",
    ["field-value-padding"] = "{field} 헤더 값이 공백으로 시작하거나 끝납니다. 공백은 헤더 값에 속하지 않습니다",
    ["field-name-uppercase"] = "HTTP/{version}의 헤더 이름은 소문자여야 합니다: {field}",

    ["date-invalid"] = "{field} {value}은(는) HTTP-date가 아닙니다: {detail}",
    ["date-obsolete-format"] = "{field} {value}은(는) 폐기된 날짜 형식입니다. 보내는 쪽은 IMF-fixdate({fixdate})를 써야 합니다",
    ["expires-invalid"] = "Expires {value}은(는) HTTP-date가 아닙니다. 캐시는 이 값을 과거 시각으로 읽습니다",
    ["missing-date"] = "시계가 있는 원 서버의 {code} 응답에는 Date 헤더가 있어야 합니다",
    ["last-modified-future"] = "Last-Modified({value})가 Date({date})보다 나중입니다",
    ["retry-after-invalid"] = "Retry-After {value}은(는) 초 단위 지연도 HTTP-date도 아닙니다: {detail}",
    ["retry-after-unexpected"] = "Retry-After는 {code}에서 의미가 없습니다. 3xx, 413, 429, 503에서만 의미가 있습니다",
    ["cache-control-syntax"] = "Cache-Control {value}은(는) 지시어 목록(token [\"=\" token / quoted-string])이 아닙니다",
    ["cache-control-delta-seconds"] = "Cache-Control 지시어 {value}에는 초 단위 숫자가 필요합니다",
    ["cache-control-quoted"] = "Cache-Control 지시어 {value}의 값에 따옴표가 있습니다. 보내는 쪽은 토큰 형식을 씁니다",
    ["cache-control-duplicate"] = "Cache-Control 지시어 {value}이(가) 두 번 이상 있습니다",
    ["cache-control-contradiction"] = "Cache-Control이 {value}와(과) {other}을(를) 함께 말합니다",
    ["etag-syntax"] = "ETag {value}은(는) 엔터티 태그([W/]와 큰따옴표로 감싼 문자열)가 아닙니다",
    ["content-type-syntax"] = "Content-Type {value}은(는) type/subtype과 ;name=value 매개변수 형식이 아닙니다",
    ["vary-syntax"] = "Vary {value}은(는) \"*\"도 헤더 이름 목록도 아닙니다",
    ["vary-star-with-others"] = "Vary가 \"*\"와 헤더 이름을 함께 나열합니다({value}). \"*\" 하나로 충분합니다",
    ["allow-syntax"] = "Allow {value}은(는) 메서드 토큰 목록이 아닙니다",
    ["allow-lists-method"] = "{method} 요청에 대한 405가 Allow에 {method}을(를) 나열합니다",
    ["location-syntax"] = "Location {value}은(는) URI 참조가 아닙니다(공백, 제어 문자 또는 퍼센트 인코딩이 필요한 바이트)",
    ["content-location-syntax"] = "Content-Location {value}은(는) URI 참조가 아닙니다",
    ["age-syntax"] = "Age {value}은(는) 초 단위 숫자가 아닙니다",
    ["content-range-syntax"] = "Content-Range {value}은(는) \"bytes first-last/length\"나 \"bytes */length\" 형식이 아닙니다",
    ["content-range-invalid"] = "Content-Range {value}이(가) 잘못되었습니다. 마지막 바이트가 첫 바이트보다 앞서거나 전체 길이가 마지막 바이트를 넘지 않습니다",
    ["content-range-unexpected"] = "Content-Range는 {code}에서 의미가 없습니다. 206과 416에서만 의미가 있습니다",
    ["content-range-with-multipart"] = "multipart/byteranges 본문을 보내는 206은 헤더 부분에 Content-Range를 보내면 안 됩니다",
    ["content-range-length-mismatch"] = "Content-Range {value}은(는) {range}바이트인데 본문은 {length}바이트입니다",
    ["unsatisfied-range-form"] = "416의 Content-Range는 현재 길이를 \"bytes */length\"로 알립니다. {value}이(가) 아닙니다",
    ["accept-ranges-syntax"] = "Accept-Ranges {value}은(는) 범위 단위 목록이나 \"none\"이 아닙니다",
    ["content-encoding-syntax"] = "Content-Encoding {value}은(는) 콘텐츠 코딩 토큰 목록이 아닙니다",
    ["auth-challenge-syntax"] = "{field} {value}이(가) 인증 방식 이름으로 시작하지 않습니다",
    ["server-detail"] = "Server {value}이(가) 버전을 밝힙니다. 원 서버는 불필요하게 자세한 정보를 보내지 않아야 합니다",
    ["pragma-obsolete"] = "Pragma는 요청용이며 사용 중단(deprecated)되었습니다. Cache-Control을 쓰십시오",
    ["warning-obsolete"] = "Warning 헤더는 폐기(obsoleted)되었습니다",

    ["upgrade-without-connection"] = "Upgrade를 보내면서 Connection에 \"upgrade\"를 나열하지 않았습니다",
    ["must-not-store-cacheable"] = "{code}은(는) 캐시에 저장하면 안 됩니다. 그런데 {value}이(가) 캐시에 저장을 허락합니다",
    ["vary-missing"] = "본문이 {what}인데 Vary에 {field}이(가) 없습니다. 캐시가 이 본문을 모든 클라이언트에게 줄 수 있습니다",
    ["missing-content-type"] = "본문이 있는 {code} 응답에는 Content-Type이 있어야 합니다(SHOULD)",
    ["problem-json-invalid"] = "application/problem+json 본문이 JSON 객체가 아닙니다: {detail}",
    ["problem-member-type"] = "problem 멤버 \"{member}\"은(는) {kind} 형식이어야 합니다",
    ["problem-status-mismatch"] = "problem의 status 멤버는 {value}인데 응답은 {code}입니다",

    ["connection-specific-field"] = "{field}은(는) 연결별 헤더입니다. 이 헤더가 있는 HTTP/{version} 메시지는 잘못된 메시지입니다",
    ["switching-protocols-h2"] = "HTTP/{version}에는 101(프로토콜 전환)이 없습니다",
    ["upgrade-required-h2"] = "426에는 Upgrade 헤더가 필요한데 HTTP/{version}에는 이 헤더가 없습니다. HTTP/1.1에서만 보내십시오",
  },

  -- the code table's rows: {must} is 있어야 합니다 / 있어야 합니다(SHOULD) /
  -- 있을 수 있습니다; {condition}, when the row holds only then, is the
  -- row's condition in Korean (ko.lua's conditions) and a space
  missing = "{condition}{code} 응답에는 {field} 헤더가 {must}",

  -- {detail}: what the parsers say, by their English text
  details = {
    -- HTTP-dates (csrc/httpstatus_date.c)
    ["no HTTP-date given"] = "HTTP-date가 없습니다",
    ["empty HTTP-date"] = "HTTP-date가 비어 있습니다",
    ["expected a day name: Mon ... Sun or Monday ... Sunday (case-sensitive)"] =
      "요일 이름(Mon ... Sun 또는 Monday ... Sunday, 대소문자 구분)이 와야 합니다",
    ["expected ', ' (IMF-fixdate), a full day name and ', ' (rfc850-date) or ' ' (asctime-date) after the day name"] =
      "요일 이름 뒤에는 ', '(IMF-fixdate), 요일의 전체 이름과 ', '(rfc850-date) 또는 ' '(asctime-date)가 와야 합니다",
    ["expected a single space after ','"] = "',' 뒤에는 공백 하나가 와야 합니다",
    ["expected a month name: Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec (case-sensitive)"] =
      "월 이름(Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec, 대소문자 구분)이 와야 합니다",
    ["expected a two-digit day"] = "두 자리 숫자로 쓴 일(day)이 와야 합니다",
    ["expected the day as two digits or a space and one digit"] =
      "일(day)은 두 자리 숫자이거나 공백과 한 자리 숫자여야 합니다",
    ["expected a four-digit year"] = "네 자리 연도가 와야 합니다",
    ["expected a two-digit year"] = "두 자리 연도가 와야 합니다",
    ["expected '-' between day, month and year"] = "일, 월, 연도 사이에는 '-'가 와야 합니다",
    ["expected a single space between the parts"] = "각 부분 사이에는 공백 하나가 와야 합니다",
    ["expected the time of day as HH:MM:SS"] = "시각은 HH:MM:SS 형식이어야 합니다",
    ["expected ' GMT' after the time (upper case)"] = "시각 뒤에는 대문자로 ' GMT'가 와야 합니다",
    ["unexpected bytes after the HTTP-date"] = "HTTP-date 뒤에 다른 바이트가 더 있습니다",
    ["hour must be 00-23"] = "시는 00-23이어야 합니다",
    ["minute must be 00-59"] = "분은 00-59여야 합니다",
    ["second must be 00-59 (60 only as 23:59:60, a leap second)"] =
      "초는 00-59여야 합니다(60은 윤초인 23:59:60에서만 씁니다)",
    ["no such day in that month (such as 30 Feb, or 29 Feb in a common year)"] =
      "그 달에 없는 날입니다(30 Feb, 평년의 29 Feb 등)",
    ["year before 1970 (times before the epoch are not supported)"] =
      "1970년 이전 연도입니다(1970년 이전 시각은 지원하지 않습니다)",
    ["year after 9999"] = "9999년 이후 연도입니다",
    ["weekday does not match the date"] = "요일이 날짜와 맞지 않습니다",
    -- Retry-After (csrc/httpstatus_date.c)
    ["no Retry-After value given"] = "Retry-After 값이 없습니다",
    ["empty Retry-After"] = "Retry-After가 비어 있습니다",
    ["delay-seconds must be digits only, without a sign"] =
      "delay-seconds는 부호 없이 숫자로만 써야 합니다",
    ["expected delay-seconds or an HTTP-date"] = "delay-seconds나 HTTP-date가 와야 합니다",
    -- chunked content (httpstatus.lint_raw)
    ["the content ends before the last chunk"] = "마지막 청크가 오기 전에 본문이 끝납니다",
    ["a chunk size line is missing"] = "청크 크기 줄이 없습니다",
    ["the content ends in the trailer section"] = "트레일러 부분에서 본문이 끝납니다",
    ["a chunk is shorter than its size or lacks its CRLF"] =
      "청크가 밝힌 크기보다 짧거나 CRLF로 끝나지 않습니다",
    -- JSON (httpstatus.lint_json)
    ["nested too deeply"] = "너무 깊이 중첩되어 있습니다",
    ["the document ends early"] = "문서가 중간에 끝납니다",
    ["it does not start with '{'"] = "'{'로 시작하지 않습니다",
  },
  -- the details that carry a position: { English pattern, Korean }
  detail_patterns = {
    { "^expected a member name at byte (%d+)$", "%1번째 바이트에 멤버 이름이 와야 합니다" },
    { "^a broken string at byte (%d+)$", "%1번째 바이트에서 시작하는 문자열이 잘못되었습니다" },
    { "^expected ':' at byte (%d+)$", "%1번째 바이트에 ':'이(가) 와야 합니다" },
    { "^expected ',' at byte (%d+)$", "%1번째 바이트에 ','이(가) 와야 합니다" },
    { "^unexpected byte at (%d+)$", "%1번째 바이트가 JSON 문법에 맞지 않습니다" },
    { "^bytes follow the object at byte (%d+)$", "객체 뒤 %1번째 바이트부터 다른 바이트가 더 있습니다" },
  },
  -- {kind}: what an RFC 9457 member must be (httpstatus.lint_content)
  kinds = {
    ["a string (a URI reference)"] = "문자열(URI 참조)",
    ["a string"] = "문자열",
    ["a number"] = "숫자",
  },
  -- {status}: obsoleted in the registry, or deprecated by the RFCs
  states = {
    ["obsoleted in the IANA registry"] = "IANA 레지스트리에서 폐기(obsoleted)된",
    deprecated = "사용 중단(deprecated)된",
  },
}
