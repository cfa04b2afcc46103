const form = new URLSearchParams();
form.append("a b", "c&d=e");
form.append("plus", "1+2 3");
form.append("pct", "50%");
form.append("utf", "été ☃ 😀");
form.append("k", "first");
form.append("k", "second");
form.append("empty", "");
form.append("multi", "line1\nline2");
form.append("q", "\"'`$x #{y}");

const xhr = new XMLHttpRequest();
xhr.open("POST", "{{baseUrl}}/form");
xhr.setRequestHeader("Content-Type", "application/x-www-form-urlencoded");
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send(form);
