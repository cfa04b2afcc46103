const xhr = new XMLHttpRequest();
xhr.open("POST", "{{baseUrl}}/upload");
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send();
