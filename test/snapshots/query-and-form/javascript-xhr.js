const form = new URLSearchParams();
form.append("user", "ann@example.com");
form.append("pass", "p@ss w0rd&");

const xhr = new XMLHttpRequest();
xhr.open("POST", "{{baseUrl}}/login?next=/home&lang=en");
xhr.setRequestHeader("Content-Type", "application/x-www-form-urlencoded");
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send(form);
