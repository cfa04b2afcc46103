const xhr = new XMLHttpRequest();
xhr.open("POST", "{{baseUrl}}/inv");
xhr.setRequestHeader("X-Tab", "a\tb");
xhr.setRequestHeader("Content-Type", "text/plain");
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send("tab\there\u2028sep\u2029para\u202ERLO\u200F\uFEFFbom\x01\x1F\x7Fdel\x85nel");
