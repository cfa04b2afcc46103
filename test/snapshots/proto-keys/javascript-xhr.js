const form = new URLSearchParams();
form.append("__proto__", "f1");
form.append("constructor", "f2");
form.append("prototype", "f3");
form.append("valueOf", "f4");

const xhr = new XMLHttpRequest();
xhr.open("POST", "{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4");
xhr.setRequestHeader("__proto__", "h1");
xhr.setRequestHeader("constructor", "h2");
xhr.setRequestHeader("prototype", "h3");
xhr.setRequestHeader("toString", "h4");
xhr.setRequestHeader("Content-Type", "application/x-www-form-urlencoded");
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send(form);
