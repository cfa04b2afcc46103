const xhr = new XMLHttpRequest();
xhr.open("GET", "{{baseUrl}}/search");
xhr.setRequestHeader("Content-Type", "application/json");
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send();
