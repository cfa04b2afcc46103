const form = new FormData();
form.append("__proto__", "f1");
form.append("constructor", "f2");
form.append("prototype", "f3");
form.append("toString", "f4");

const xhr = new XMLHttpRequest();
xhr.open("POST", "{{baseUrl}}/objects");
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send(form);
