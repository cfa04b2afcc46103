#import <Foundation/Foundation.h>

NSURL *url = [NSURL URLWithString:@"{{baseUrl}}/soap"];
NSMutableURLRequest *request = [NSMutableURLRequest requestWithURL:url];
[request setHTTPMethod:@"POST"];
[request setValue:@"\"urn:Add\"" forHTTPHeaderField:@"SOAPAction"];
[request setValue:@"application/xml" forHTTPHeaderField:@"Content-Type"];
[request setHTTPBody:[@"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    @"<note id='1'>\n"
    @"  <to>Tom &amp; Jerry</to>\n"
    @"  <body><![CDATA[a < b && c > d]]></body>\n"
    @"</note>" dataUsingEncoding:NSUTF8StringEncoding]];

dispatch_semaphore_t semaphore = dispatch_semaphore_create(0);
NSURLSessionDataTask *task = [[NSURLSession sharedSession] dataTaskWithRequest:request completionHandler:^(NSData *data, NSURLResponse *response, NSError *error) {
    if (error) {
        NSLog(@"%@", error);
    } else {
        NSLog(@"%@", [[NSString alloc] initWithData:data encoding:NSUTF8StringEncoding]);
    }
    dispatch_semaphore_signal(semaphore);
}];
[task resume];
dispatch_semaphore_wait(semaphore, DISPATCH_TIME_FOREVER);
