const xhr = new XMLHttpRequest();
xhr.open("HEAD", "{{baseUrl}}/status");
xhr.setRequestHeader("X-Check", "yes");
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send();
