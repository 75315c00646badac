--- The reference page's style sheet and script, as they go inline into
-- the page (httpstatus.cmd.html). The page's Content-Security-Policy names
-- each by its SHA-256, so these exact texts, and no other inline script or
-- style, run.
-- @module httpstatus.cmd.html_assets

local M = {}

-- compact on purpose; colours as variables so dark mode is one block
M.CSS = [=[
:root{--bg:#fff;--fg:#1b1f23;--mut:#57606a;--line:#d0d7de;--card:#f6f8fa;--acc:#0550ae;
--b1:#ddf4ff;--b2:#dafbe1;--b3:#fff8c5;--b4:#ffebe9;--b5:#fbefff;--hdr:6rem;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--mut:#9198a1;
--line:#30363d;--card:#161b22;--acc:#79c0ff;--b1:#0c2d4a;--b2:#0f3420;--b3:#3a2f07;
--b4:#4a1a17;--b5:#36164a}}
*{box-sizing:border-box}[hidden]{display:none!important}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,sans-serif}
html[lang=en] .t[lang=ko],html[lang=ko] .t[lang=en],html[lang=en] .o[lang=en],
html[lang=ko] .o[lang=ko]{display:none}
a{color:var(--acc)}code{font:.9em ui-monospace,monospace}article,#tools{overflow-wrap:anywhere}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--bg);z-index:2}
header,main,footer{max-width:64rem;margin:0 auto;padding:0 1rem}
h1{margin:1rem 0 .25rem;font-size:1.6rem}.meta{color:var(--mut);margin:0 0 .5rem}
#tools{position:sticky;top:0;z-index:1;background:var(--bg);border-bottom:1px solid var(--line);
display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;padding:.5rem 1rem;
max-width:64rem;margin:0 auto}
#tools label{font-weight:600;margin-right:.25rem}
#q{width:22rem;max-width:100%;font:inherit;padding:.3rem .5rem;border:1px solid var(--line);
border-radius:6px;background:var(--card);color:var(--fg)}
select,button{font:inherit;padding:.25rem .5rem;border:1px solid var(--line);border-radius:6px;
background:var(--card);color:var(--fg)}
button[aria-pressed=true]{background:var(--acc);color:var(--bg);border-color:var(--acc)}
#count{margin:0;color:var(--mut);flex-basis:100%;font-size:.9rem}
h2{margin:2rem 0 .5rem;padding-bottom:.25rem;border-bottom:2px solid var(--line)}
article{background:var(--card);border:1px solid var(--line);border-left:6px solid var(--c,#888);
border-radius:6px;padding:.5rem 1rem;margin:.75rem 0;scroll-margin-top:var(--hdr)}
article:target{outline:3px solid var(--acc)}
[data-class="1"]{--c:#0969da}[data-class="2"]{--c:#1a7f37}[data-class="3"]{--c:#9a6700}
[data-class="4"]{--c:#cf222e}[data-class="5"]{--c:#8250df}
h3{margin:.25rem 0;font-size:1.2rem}.num{font-variant-numeric:tabular-nums;margin-right:.25rem}
.alt{margin:0;color:var(--mut)}
.kv{display:grid;grid-template-columns:9.5rem 1fr;gap:.1rem 1rem;margin:.5rem 0}
.kv dt{color:var(--mut)}.kv dd{margin:0}.kv ul{margin:0;padding:0;list-style:none}
.facts{display:flex;flex-wrap:wrap;gap:.35rem;padding:0;margin:.5rem 0;list-style:none}
.b{border:1px solid var(--line);border-radius:1rem;padding:0 .6rem;font-size:.85rem;
background:var(--b2)}
.b[data-fact=must_not_store],.b[data-fact=no-body],.b[data-fact=deprecated]{background:var(--b4)}
.b[data-fact^=redirect],.b[data-fact^=method]{background:var(--b3)}
.b[data-fact=retryable],.b[data-fact=retry_after]{background:var(--b1)}
.lvl{font-size:.8rem;font-weight:700}.cond{color:var(--mut)}
.vendors dt{font-weight:600;margin-top:.5rem}.vendors dd{margin:0}.d p,.vendors p{margin:.25rem 0}
.vendor{background:var(--b5);border-radius:4px;padding:0 .35rem}.unreg{color:var(--mut)}
#vendor{border-top:4px double var(--line);margin-top:3rem}
html[lang=ko] body{word-break:keep-all}
#overview ul{margin:.25rem 0 .75rem;padding:0;list-style:none;columns:14rem;column-gap:1rem;
font-size:.9rem}#overview li{break-inside:avoid}#overview a{text-decoration:none}
#overview h3{font-size:1rem;margin:.5rem 0 0}#overview .ovv{columns:3rem}
#overview b{font-variant-numeric:tabular-nums;margin-right:.35rem}
#noreg{color:var(--mut);font-style:italic}
#totop{display:none}
footer{color:var(--mut);font-size:.85rem;padding:2rem 1rem}
@media (max-width:40rem){body{font-size:15px}#tools{position:static}
.kv{grid-template-columns:1fr}.kv dd{margin-bottom:.35rem}article{padding:.5rem}
#tools>span:first-child{flex-basis:100%;min-width:0;display:flex;align-items:center}
#q{flex:1;min-width:0;width:auto}
article{scroll-margin-top:.5rem}#overview ul{columns:9rem}
#totop{display:block;position:fixed;right:.75rem;bottom:.75rem;z-index:2;padding:.4rem .7rem;
border-radius:1.5rem;background:var(--acc);color:var(--bg);text-decoration:none;font-size:.9rem}}
@media print{#tools,.skip,#totop,#overview{display:none}
body{background:#fff;color:#000;font-size:10pt}
article{break-inside:avoid;border-color:#999;background:#fff}a{color:#000}
.b,.vendor{background:#fff!important;border:1px solid #666}h2{break-after:avoid}}
]=]

-- filter as you type, class filter, language switch that keeps the place,
-- anchors that win over filters; ES5, no library. key() keys what is typed
-- as httpstatus.cmd.search keys the page's texts (the C core's normal form,
-- its "_" dropped): ASCII letters lowered; space, "-", "_" and "'" dropped.
M.JS = [=[
(function(){"use strict";
var d=document,root=d.documentElement,ui=JSON.parse(d.getElementById("ui").textContent),
tools=d.getElementById("tools"),q=d.getElementById("q"),cls=d.getElementById("cls"),
count=d.getElementById("count"),none=d.getElementById("none"),
noreg=d.getElementById("noreg"),ov=d.getElementById("overview"),
items=[].slice.call(d.querySelectorAll("article[data-k]")),
groups=[].slice.call(d.querySelectorAll("section[data-group]")),
buttons=[].slice.call(d.querySelectorAll("button[data-lang]"));
items.forEach(function(el){el.k=el.getAttribute("data-k").split("\n");
el.d=el.getAttribute("data-d").split("\n");});
function key(s){return s.replace(/[' _-]/g,"").replace(/[A-Z]/g,function(c){
return c.toLowerCase();});}
function has(l,k){return l.some(function(s){return s.indexOf(k)>=0;});}
function fmt(s,a){var i=0;return s.replace(/%d/g,function(){return a[i++];});}
function apply(){var k=key(q.value),c=cls.value,n=[0,0],t=[0,0];
items.forEach(function(el){var v=el.className==="vcode"?1:0,ok=(!c||el.getAttribute(
"data-class")===c)&&(!k||has(el.k,k)||has(el.d,k));
el.hidden=!ok;t[v]++;if(ok)n[v]++;});
groups.forEach(function(g){g.hidden=!g.querySelector("article:not([hidden])");});
none.hidden=n[0]+n[1]>0;noreg.hidden=!(n[0]===0&&n[1]>0);ov.hidden=!!(k||c);
count.textContent=fmt(ui[root.lang].shown,[n[0],t[0],n[1],t[1] ]);}
function first(){for(var i=0;i<items.length;i++){var r=items[i].getBoundingClientRect();
if(!items[i].hidden&&r.bottom>tools.offsetHeight)return [items[i],r.top];}return null;}
function lang(l,keep){var at=keep&&first();root.lang=l;d.title=ui[l].title;
q.placeholder=ui[l].placeholder;
buttons.forEach(function(b){b.setAttribute("aria-pressed",b.getAttribute("data-lang")===l);});
[].forEach.call(cls.options,function(o,i){o.textContent=i?i+"xx "+ui[l].classes[i-1]:ui[l].all;});
apply();if(at)window.scrollBy(0,at[0].getBoundingClientRect().top-at[1]);}
function reveal(){var id=location.hash.slice(1),el;try{id=decodeURIComponent(id);}catch(e){}
el=id&&d.getElementById(id);if(!el)return;var a=el.closest("article");
if(a&&a.hidden){q.value="";cls.value="";apply();}el.scrollIntoView();}
function hdr(){root.style.setProperty("--hdr",tools.offsetHeight+8+"px");}tools.hidden=false;
d.getElementById("totop").addEventListener("click",function(e){e.preventDefault();
window.scrollTo(0,0);q.focus();});
q.addEventListener("input",apply);cls.addEventListener("change",apply);
buttons.forEach(function(b){b.addEventListener("click",function(){lang(b.getAttribute(
"data-lang"),true);});});
window.addEventListener("hashchange",reveal);window.addEventListener("resize",hdr);lang(root.lang);
hdr();reveal();})();
]=]

return M
