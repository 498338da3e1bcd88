// Shared phones and no signal (selfhelp/safety.py, selfhelp/offline.py): quick exit, Escape twice, no-trace
// mode, leave-and-forget, and the service worker registered after the page. Written compactly: it is
// loaded by every page, inside the 14 KB budget.
(function(){"use strict";var d=document,r=d.documentElement,me=d.currentScript,go=me&&me.getAttribute("data-leave"),exit=go||r.getAttribute("data-exit"),nt=r.hasAttribute("data-notrace"),sw=navigator.serviceWorker;
function forget(){try{localStorage.clear();sessionStorage.clear()}catch(e){}if(window.caches)caches.keys().then(function(k){k.forEach(function(n){caches.delete(n)})})}
function leave(){location.replace(exit)}
if(go){forget();leave();return}if(!exit)return;
d.addEventListener("click",function(e){var a=e.target.closest&&e.target.closest("a");if(!a||e.defaultPrevented||e.button||e.ctrlKey||e.metaKey)return;
if(a.classList.contains("quick-exit")){e.preventDefault();leave()}else if(nt&&a.origin===location.origin&&!a.hasAttribute("download")){e.preventDefault();location.replace(a.href)}});
var last=0;d.addEventListener("keydown",function(e){if(e.key!=="Escape")return;var now=Date.now();if(now-last<1000)leave();last=now});
if(nt){forget();if(sw)sw.getRegistrations().then(function(a){a.forEach(function(x){x.unregister()})})}
else if(sw&&r.getAttribute("data-sw"))addEventListener("load",function(){sw.register(r.getAttribute("data-sw"),{scope:"/"}).catch(function(){})})})();
