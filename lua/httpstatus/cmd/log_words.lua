--- The words of `httpstatus log`'s report (text, JSON problems aside, and
-- the HTML page) in each language it speaks. `{name}` stands for a value;
-- the class names are httpstatus.cmd.words', shared with the lookup and the
-- reference page. Korean follows lua/httpstatus/locale/GLOSSARY.md.
-- @module httpstatus.cmd.log_words

return {
  en = {
    title = "Access log report",
    empty = "{inputs|The log is|The logs are} empty: there is not one line to report.",
    lines = "Lines: {total} total, {valid} valid, {malformed} malformed ({share})",
    invalid = "malformed lines with a status outside 100..599: {n}",
    formats = "Read as: {list}",
    format_names = { combined = "combined", common = "common", vhost_combined = "vhost_combined",
                     json = "JSON", template = "the format given" },
    custom = "Most lines ({share}) are in no format the report knows: the format looks custom. "
      .. "Give it as nginx.conf's log_format says it (nginx -T prints it): "
      .. "httpstatus log --format '$remote_addr - $remote_user [$time_local] \"$request\" "
      .. "$status ...' FILE",
    custom_named = "Most lines ({share}) are not in the format given ({format}). If the log's "
      .. "format is custom, give it as nginx.conf's log_format says it (nginx -T prints it): "
      .. "httpstatus log --format '$remote_addr - $remote_user [$time_local] \"$request\" "
      .. "$status ...' FILE",
    custom_template = "Most lines ({share}) do not follow the log_format given. Compare it with "
      .. "nginx.conf's (nginx -T prints it): the text between the variables must be in the lines "
      .. "byte for byte, spaces and quotes included.",
    by_class = "By class (share of valid lines; bars scaled to the largest class):",
    by_code = "By code (most frequent first):",
    error_ratio = "Error ratio (4xx + 5xx): {share} ({n} of {valid} valid {valid|line|lines})",
    aborts = "Closed without a response (499 by the client, 444 by nginx): {n} {n|line|lines} "
      .. "({share} of valid lines), not server errors",
    retryable = "Retryable failures: {share} of 4xx + 5xx ({n} of {errors} {errors|line|lines})",
    outside = "Outside the registry: {share} of valid lines ({n} {n|line|lines}; codes: {codes})",
    timeline = "Timeline (per {width}, times UTC{offset}; share of each bucket's lines, "
      .. "# 4xx ! 5xx):",
    untimed = "no line has a time ($time_local or $time_iso8601): no timeline",
    lines_word = "{n|line|lines}", -- after a count
    upstream = "Upstreams ($upstream_status on {n} {n|line|lines}):",
    upstream_5xx = "5xx after an upstream was tried: {n}",
    own_5xx = "5xx nginx made itself (no upstream tried): {n}",
    retried = "lines that tried more than one upstream: {n}",
    recovered = "an upstream failed (5xx) and a later one answered: {n}",
    rtime = "Request time ($request_time, {n} {n|line|lines}): mean {mean}, max {max}",
    paths = "Busiest paths by class (a count may be high by at most the figure after +):",
    minutes = "{n} min", hours = "{n} h", days = "{n} d", -- "per {width}": "per 5 min"
    minute = "minute", hour = "hour", day = "day",           -- "per hour", not "per 1 h"
    not_registered = "not registered", also = "also",
    -- a vendor's meaning of an unregistered code: the first, then the others
    vendor = "{vendor}: {reason}", vendor_also = "{vendor}: {reason}",
    no_meaning = "not registered, no known meaning",
    -- the page
    summary = "Summary", class_h = "By class", code_h = "By code", timeline_h = "Timeline",
    paths_h = "Busiest paths", upstream_h = "Upstreams",
    total = "Lines", valid = "Valid", malformed = "Malformed",
    error_ratio_l = "Error ratio (4xx + 5xx)", aborts_l = "Closed without a response (499, 444)",
    retryable_l = "Retryable failures", outside_l = "Outside the registry",
    of_valid = "{share} of valid lines", of_errors = "{share} of 4xx + 5xx",
    class = "Class", code = "Code", meaning = "Meaning", share = "Share", registry = "Registry",
    path = "Path", count = "Lines", error = "Over by at most",
    registered = "registered", outside_short = "outside the registry",
    stdin = "standard input", iana = "IANA registry {date}",
    chart_class = "Valid lines by class", chart_code = "The most frequent codes",
    chart_time = "Share of 4xx and 5xx per {width} (UTC{offset})",
  },
  ko = {
    title = "액세스 로그 보고서",
    empty = "로그가 비어 있습니다: 보고할 줄이 하나도 없습니다.",
    lines = "줄: 전체 {total}, 유효 {valid}, 형식 오류 {malformed} ({share})",
    invalid = "형식 오류 가운데 상태 코드가 100..599 밖인 줄: {n}",
    formats = "읽은 형식: {list}",
    format_names = { combined = "combined", common = "common", vhost_combined = "vhost_combined",
                     json = "JSON", template = "지정한 형식" },
    custom = "줄 대부분({share})이 보고서가 아는 형식이 아닙니다. 사용자 정의 형식으로 "
      .. "보입니다. nginx.conf의 log_format에 적힌 형식을 그대로 --format으로 지정하십시오(nginx -T로 볼 수 "
      .. "있습니다): "
      .. "httpstatus log --format '$remote_addr - $remote_user [$time_local] \"$request\" "
      .. "$status ...' 파일",
    custom_named = "줄 대부분({share})이 지정한 형식({format})이 아닙니다. 로그 형식이 사용자 정의 "
      .. "형식이면 nginx.conf의 log_format에 적힌 형식을 그대로 --format으로 지정하십시오(nginx -T로 "
      .. "볼 수 있습니다): httpstatus log --format '$remote_addr - $remote_user [$time_local] "
      .. "\"$request\" $status ...' 파일",
    custom_template = "줄 대부분({share})이 지정한 log_format을 따르지 않습니다. nginx.conf의 "
      .. "log_format과 비교하십시오(nginx -T로 볼 수 있습니다). 변수 사이의 텍스트가 공백과 따옴표까지 "
      .. "줄에 그대로 있어야 합니다.",
    by_class = "분류별 (유효한 줄에서 차지하는 비율, 막대는 가장 많은 분류 기준):",
    by_code = "코드별 (많은 순):",
    error_ratio = "오류 비율 (4xx + 5xx): {share} (유효한 줄 {valid}개 중 {n}개)",
    aborts = "응답 없이 끊긴 연결 (499는 클라이언트가, 444는 nginx가 끊음): {n}줄 (유효한 줄의 {share}), "
      .. "서버 오류가 아닙니다",
    retryable = "다시 시도할 수 있는 실패: 4xx + 5xx의 {share} ({errors}줄 중 {n}줄)",
    outside = "레지스트리 밖: 유효한 줄의 {share} ({n}줄, 코드 {codes}개)",
    timeline = "시간대별 ({width} 단위, 시각은 UTC{offset}; 구간별 줄 수 대비 비율, # 4xx ! 5xx):",
    untimed = "시각($time_local, $time_iso8601)이 있는 줄이 없어 시간대별 표가 없습니다",
    lines_word = "줄",
    upstream = "업스트림 ($upstream_status가 있는 줄 {n}개):",
    upstream_5xx = "업스트림을 시도한 뒤의 5xx: {n}",
    own_5xx = "nginx가 직접 만든 5xx (시도한 업스트림 없음): {n}",
    retried = "업스트림을 두 곳 이상 시도한 줄: {n}",
    recovered = "업스트림이 실패(5xx)하고 다음 업스트림이 응답한 줄: {n}",
    rtime = "요청 처리 시간 ($request_time, {n}줄): 평균 {mean}, 최대 {max}",
    paths = "분류별로 요청이 가장 많은 경로 (각 줄 수는 실제보다 최대 + 뒤의 수만큼 많을 수 있습니다):",
    minutes = "{n}분", hours = "{n}시간", days = "{n}일", -- "{width} 단위": "5분 단위"
    minute = "1분", hour = "1시간", day = "1일",
    not_registered = "등록되지 않음", also = "그 밖에", no_meaning = "등록되지 않음, 알려진 의미 없음",
    -- the vendor's own phrase stays English: quoted, and said to be a vendor code
    vendor = '{vendor} 벤더 코드 "{reason}"', vendor_also = '{vendor} "{reason}"',
    summary = "요약", class_h = "분류별", code_h = "코드별", timeline_h = "시간대별",
    paths_h = "요청이 가장 많은 경로", upstream_h = "업스트림",
    total = "전체 줄", valid = "유효한 줄", malformed = "형식 오류",
    error_ratio_l = "오류 비율 (4xx + 5xx)", aborts_l = "응답 없이 끊긴 연결 (499, 444)",
    retryable_l = "다시 시도할 수 있는 실패", outside_l = "레지스트리 밖",
    of_valid = "유효한 줄의 {share}", of_errors = "4xx + 5xx의 {share}",
    class = "분류", code = "코드", meaning = "의미", share = "비율", registry = "레지스트리",
    path = "경로", count = "줄 수", error = "최대 초과분",
    registered = "등록됨", outside_short = "레지스트리 밖",
    stdin = "표준 입력", iana = "IANA 레지스트리 {date}",
    chart_class = "분류별 유효한 줄", chart_code = "가장 많이 나온 코드",
    chart_time = "{width} 단위 4xx, 5xx 비율 (UTC{offset})",
  },
}
