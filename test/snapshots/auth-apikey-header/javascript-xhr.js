const xhr = new XMLHttpRequest();
xhr.open("GET", "{{baseUrl}}/reports");
xhr.setRequestHeader("X-API-Key", "k3y$#{x}");
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send();
