const xhr = new XMLHttpRequest();
xhr.open("PURGE", "{{baseUrl}}/cache/key");
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send();
