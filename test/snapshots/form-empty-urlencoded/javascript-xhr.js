const xhr = new XMLHttpRequest();
xhr.open("PUT", "{{baseUrl}}/settings");
xhr.setRequestHeader("Content-Type", "application/x-www-form-urlencoded");
xhr.setRequestHeader("X-Keep", "yes");
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send("");
