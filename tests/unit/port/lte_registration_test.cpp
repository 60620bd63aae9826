// +CEREG answers as modems give them, including the layouts that broke Pycom's isattached().
#include "port/lte_registration.h"

#include <gtest/gtest.h>

using pyfw::port::isAttached;
using pyfw::port::parseCereg;

TEST(LteRegistration, AttachedAtHomeOrRoamingInEveryLayout) {
    for (const char* reply : {
             "\r\n+CEREG: 2,1,\"2B2A\",\"01A2D001\",7\r\n\r\nOK\r\n",
             "\r\n+CEREG: 2,5,\"2B2A\",\"01A2D001\",7\r\n\r\nOK\r\n",
             "\r\n+CEREG: 2,1,\"2B2A\",\"01A2D001\",7,,,\"11100000\",\"11100000\"\r\n\r\nOK\r\n",
             "\r\n+CEREG: 2,5,\"B2\",\"1A2D001\",7\r\n\r\nOK\r\n",          // short TAC/CI: byte 30 moves
             "\r\n+CEREG: 0,1\r\n\r\nOK\r\n",                               // <n> reset to 0
             "\r\n+CEREG: 4,5,\"2B2A\",\"01A2D001\",9,,,\"00100100\",\"01100000\"\r\n\r\nOK\r\n",
             "+CEREG: 1\r\n",                                               // unsolicited
         }) {
        auto parsed = parseCereg(reply);
        ASSERT_TRUE(parsed) << reply;
        EXPECT_TRUE(isAttached(*parsed)) << reply;
    }
}

TEST(LteRegistration, NotAttached) {
    for (const char* reply : {"\r\n+CEREG: 2,2\r\n\r\nOK\r\n", "\r\n+CEREG: 2,3\r\n\r\nOK\r\n",
                              "\r\n+CEREG: 2,0\r\n\r\nOK\r\n", "\r\n+CEREG: 2,1,\"2B2A\",\"01A2D001\",0\r\n\r\nOK\r\n"}) {
        auto parsed = parseCereg(reply);
        ASSERT_TRUE(parsed) << reply;
        EXPECT_FALSE(isAttached(*parsed)) << reply;
    }
}

TEST(LteRegistration, MalformedAnswersAreNotRegistrations) {
    for (const char* reply : {"", "\r\nOK\r\n", "+CEREG:", "+CEREG: x,1", "+CEREG: 2,", "+CEREG: 2,1,\"a\",\"b\",seven",
                              "+CEREG: 99999999999999999999,1", "\r\nERROR\r\n"}) {
        EXPECT_FALSE(parseCereg(reply)) << reply;
    }
}
