# bash completion for httpstatus(1).
# Source this file, or install it as "httpstatus" in the bash-completion
# directory ($(pkg-config --variable=completionsdir bash-completion), often
# /usr/share/bash-completion/completions). spec/cli_docs_spec.lua checks the
# two lists below against `httpstatus --help`.

# the registered codes, from the command itself, and the classes
_httpstatus_codes() {
  COLUMNS=100 "${COMP_WORDS[0]}" --no-color --all 2>/dev/null | cut -d' ' -f1
  echo 1xx 2xx 3xx 4xx 5xx
}

# file names, one per line into COMPREPLY (a name with spaces stays one
# word), quoted by bash as it inserts them
_httpstatus_files() {
  local IFS=$'\n'
  COMPREPLY=($(compgen -f -- "$cur"))
  compopt -o filenames 2>/dev/null
}

_httpstatus() {
  local options="--all --color --format --help -h --html --json --lang --lenient --markdown --method --no-color -o --version"
  local commands="search parse log html lint"
  local cur=${COMP_WORDS[COMP_CWORD]}
  local prev=${COMP_WORDS[COMP_CWORD - 1]}
  COMPREPLY=()

  case $prev in
    --format) COMPREPLY=($(compgen -W "combined common any" -- "$cur")); return ;;
    --html|-o) _httpstatus_files; return ;;
  esac
  # --lang LANG, and --lang=LANG (which bash splits at the "=")
  if [[ $prev == --lang ]]; then
    [[ $cur == = ]] && cur=
    COMPREPLY=($(compgen -W "en ko" -- "$cur"))
    return
  fi
  if [[ $prev == = && ${COMP_WORDS[COMP_CWORD - 2]} == --lang ]]; then
    COMPREPLY=($(compgen -W "en ko" -- "$cur"))
    return
  fi

  # the first word that is no option: a command, or the first code
  local i word first= dashdash= all=
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]}
    if [[ -n $dashdash ]]; then first=${first:-$word}; continue; fi
    case $word in
      --) dashdash=1 ;;
      --lang|--html|--format|-o|--output|--method) ((i++)) ;;
      --all) all=1 ;;
      -*|=) ;;
      *) [[ ${COMP_WORDS[i - 1]} == = ]] || { first=$word; break; } ;;
    esac
  done

  # --all takes no other words: only options
  if [[ -z $dashdash && ( $cur == -* || -n $all ) ]]; then
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
    return
  fi
  case $first in
    search|parse|html) ;; # one quoted argument, or none: nothing to offer
    log|lint) _httpstatus_files ;;
    '') COMPREPLY=($(compgen -W "$commands $(_httpstatus_codes)" -- "$cur")) ;;
    *) COMPREPLY=($(compgen -W "$(_httpstatus_codes)" -- "$cur")) ;;
  esac
}

complete -F _httpstatus httpstatus
