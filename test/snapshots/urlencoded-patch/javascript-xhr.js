const form = new URLSearchParams();
form.append("theme", "dark mode");
form.append("tag", "a&b");
form.append("tag", "c");

const xhr = new XMLHttpRequest();
xhr.open("PATCH", "{{baseUrl}}/settings");
xhr.setRequestHeader("Content-Type", "application/x-www-form-urlencoded");
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send(form);
